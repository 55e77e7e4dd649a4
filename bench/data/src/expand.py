"""One-off: lengthen the relevant articles with the background, quotes and reactions real reports carry.

Each entry inserts paragraphs after paragraph N (0 = after the lead). Run once; kept for the record.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent

EXTRA: dict[str, list[tuple[int, str]]] = {
    "d-s01-a": [
        (0, "The instructions were passed on verbally by managers at the companies over the past few months, "
            "two of the people said. Some researchers were told that they would need written sign-off from "
            "their company's security department before accepting invitations to speak at events overseas."),
        (1, "China has long required officials and employees of state-owned enterprises to hand over their "
            "passports and seek permission for foreign travel, but extending such controls to staff of private "
            "technology companies would mark a significant shift. The country's leaders have described AI as a "
            "strategic priority and have met the founders of several start-ups this year."),
    ],
    "d-s01-b": [
        (0, "The tightening follows a string of high-profile departures of Chinese AI researchers to American "
            "companies, and comes as competition between the two countries over advanced models intensifies."),
        (2, "It was not clear how many people were covered. One of the people said the list at his company "
            "included a few dozen senior engineers and the heads of its model-training teams. Employees who "
            "travel without approval could face disciplinary action, he said, though he was not aware of any case."),
    ],
    "d-s01-c": [
        (1, "Analysts said the move reflected growing concern in Beijing that its top talent could be lured away by "
            "US companies offering multimillion-dollar pay packages. \"They see these people as national assets now,\" "
            "said a researcher who studies China's technology policy at a think tank in Washington."),
    ],
    "d-s02-a": [
        (0, "\"We want the best and the brightest, but we are not going to let companies use this program to replace "
            "American workers with cheaper labour,\" the president said at a signing ceremony in the Oval Office, "
            "flanked by the commerce secretary and several business leaders."),
        (2, "Indian nationals received more than 70 per cent of H-1B visas last year, and shares of Indian IT "
            "outsourcing companies fell sharply in early trading in Mumbai on Friday. The fee is likely to hit those "
            "companies hardest because they file thousands of petitions each year for relatively junior staff."),
    ],
    "d-s02-b": [
        (1, "Lawyers said clients had been calling since Thursday night to ask whether employees abroad should rush "
            "back to the United States before the deadline. The White House later clarified that the fee would not "
            "affect the ability of current visa holders to travel in and out of the country."),
        (2, "\"The practical effect is to price out anyone who is not a very senior hire,\" said an immigration "
            "attorney in Boston who represents several biotech companies. Some companies are already looking at "
            "moving roles to offices in Canada and Mexico."),
    ],
    "d-s02-c": [
        (1, "Venture investors said the fee could push a new generation of companies to incorporate outside the "
            "United States. Many AI start-ups were founded by people who came to the country on student visas and "
            "then moved to H-1B status."),
        (2, "Economists at a Washington think tank estimated that the fee would reduce new H-1B approvals by as much "
            "as 80 per cent if it stays in place."),
    ],
    "d-s02-d": [
        (1, "In a 40-page ruling, the judge wrote that the proclamation appeared to turn a visa fee into a revenue "
            "measure, something that only Congress could authorise. The plaintiffs had argued that the fee would "
            "cause irreparable harm to employers that had already planned hiring for the coming academic year."),
        (2, "Business groups welcomed the ruling. \"This is a win for every American company that competes for "
            "global talent,\" a Chamber of Commerce spokesperson said. The White House called the decision an "
            "example of judicial overreach."),
    ],
    "d-s03-a": [
        (1, "The fund will be administered by UK Research and Innovation and is open to researchers of any "
            "nationality who are not currently based in the UK. Applicants will need to be nominated by a host "
            "institution, which must match part of the funding."),
        (2, "The announcement is part of a broader package that includes cutting the cost of the Global Talent visa "
            "for some applicants and speeding up decisions for researchers with offers from British universities."),
    ],
    "d-s03-b": [
        (1, "\"We are seeing a generational opportunity to bring world-leading scientists to Britain,\" the science "
            "minister said, adding that several universities had already reported a surge in applications from "
            "researchers in the United States."),
    ],
    "d-s04-a": [
        (0, "The package comes as scientists in the United States face grant cancellations and layoffs at federal "
            "agencies, and several European countries have already launched their own schemes to recruit them."),
        (2, "The Commission also proposed a European Innovation Act and said it would present a strategy on "
            "research infrastructure later in the year. Member states will be asked to raise public spending on "
            "research and development to 3 per cent of economic output."),
    ],
    "d-s04-b": [
        (1, "The European Research Council will double the extra funding it offers to grant winners who move to "
            "Europe from abroad, to up to €2 million per grant. Officials said the programme would also cover "
            "researchers who had left Europe earlier in their careers and want to return."),
    ],
    "d-s04-c": [
        (1, "Several countries have moved faster than Brussels. France has set aside money for a national programme "
            "to host American researchers, and the Netherlands and Spain have announced similar funds."),
    ],
    "d-s05-a": [
        (0, "The move is the latest in a series of steps by Tokyo to make the country more attractive to skilled "
            "foreigners as its population shrinks and ages. Foreign workers in Japan passed 2.3 million last year, "
            "a record, but most are in manual and service jobs rather than research and engineering."),
        (1, "The points-based visa, introduced in 2012, grants extra points for academic degrees, professional "
            "experience, research achievements and Japanese language ability. Applicants need 70 points to "
            "qualify."),
    ],
    "d-s05-b": [
        (0, "\"Our income requirement was too high for younger researchers, who often earn less than 10 million yen "
            "even at leading companies,\" an official at the Immigration Services Agency told reporters."),
    ],
    "d-s06-a": [
        (0, "The government said it would issue about 408,000 permits next year in total, including renewals. "
            "Study permits have fallen by almost half since the cap was introduced, and international student "
            "enrolment at colleges in Ontario has dropped most sharply."),
        (2, "Canada's universities had complained that the cap was discouraging graduate students, who are crucial "
            "to research labs. \"This exemption recognises that master's and PhD students are the researchers of "
            "tomorrow,\" said the head of a national university association."),
    ],
    "d-s06-b": [
        (1, "The department said that international graduate students would instead be counted in a separate "
            "stream, and that it would expedite their permit applications to two weeks from September."),
    ],
    "d-s06-c": [
        (0, "Under the new plan, about 408,000 permits will be issued in 2027. The government said the exemption for "
            "graduate students reflected their contribution to research and to Canada's economy."),
    ],
    "d-s07-a": [
        (0, "\"Germany needs these people, and we can no longer afford to make them wait half a year for an "
            "appointment,\" Foreign Minister Johann Wadephul said in Berlin. The government has set a goal of "
            "attracting 10,000 foreign specialists in critical technologies over the next three years."),
        (2, "The listed fields include machine learning, chip design, semiconductor process engineering and "
            "quantum computing. The government said it could add further fields after a review next year."),
    ],
    "d-s07-b": [
        (1, "Applications will be submitted online and reviewed by the Federal Office for Foreign Affairs in "
            "Brandenburg, which already handles some skilled-worker visas. Applicants will still need a recognised "
            "degree and a salary above the Blue Card threshold."),
    ],
    "d-s08-a": [
        (0, "The scheme is part of the government's push to secure talent for strategic industries as the country's "
            "working-age population shrinks faster than almost any other in the world."),
        (2, "Officials said the visa would be granted after a recommendation from a relevant ministry, and that "
            "spouses would be allowed to work. South Korea already offers several visas for professionals, but "
            "employers say the application process is slow and the requirements confusing."),
    ],
    "d-s08-b": [
        (1, "The country's semiconductor industry faces a shortfall of about 50,000 engineers by 2031, according to "
            "industry estimates, and chipmakers have struggled to compete with salaries offered in the United States "
            "and Taiwan."),
    ],
    "d-s09-a": [
        (1, "According to the indictment, the professor told colleagues in China that he spent several months each "
            "year in Wuhan, while telling his American university that he was on research leave. He faces up to 20 "
            "years in prison on the wire fraud charge."),
    ],
    "d-s09-b": [
        (1, "The case comes as research agencies tighten disclosure rules. Universities have been told to train "
            "staff on what must be reported, including unpaid appointments and support from foreign talent "
            "programmes."),
    ],
    "d-s10-a": [
        (0, "The increase of about 4.6 per cent follows annual indexation to average weekly earnings, the minister "
            "said, and will apply to new nominations lodged after that date. Existing visa holders are not "
            "affected."),
        (2, "Australia's migration program has become a political flashpoint, with the opposition promising deep "
            "cuts to net overseas migration if it wins the next election."),
    ],
    "d-s10-b": [
        (1, "Migration agents said the specialist stream, which offers a processing target of seven days, had become "
            "popular with technology companies hiring senior engineers and researchers from overseas."),
    ],
    "d-s11-a": [
        (0, "The programme will be run by the Department of Science and Technology and the Anusandhan National "
            "Research Foundation, which will select fellows through an open call and peer review."),
        (2, "Officials said the scheme was partly a response to cuts in research funding in the United States, where "
            "thousands of Indian researchers work at universities and national laboratories. A similar initiative "
            "launched a decade ago attracted far fewer scientists than expected."),
    ],
    "d-s11-b": [
        (0, "The scheme, approved by the cabinet on Monday, sets aside ₹2,000 crore for fellowships, research grants "
            "and laboratory equipment for scientists of Indian origin who relocate to Indian institutions."),
    ],
    "d-s12-a": [
        (0, "The procedure appears to formalise controls that scientists say have been tightening since the invasion "
            "of Ukraine. Several physicists have been arrested on treason charges in recent years over contacts with "
            "foreign colleagues, and some were given long prison sentences."),
        (2, "Researchers said trips to China and India were usually approved, while requests to attend conferences "
            "in Europe and the United States were often refused or left unanswered."),
    ],
    "d-s12-b": [
        (1, "One researcher said staff were asked to fill in a questionnaire listing their foreign contacts, and that "
            "requests to travel must now be submitted 30 days before departure."),
    ],
    "d-p01": [
        (0, "The notice, posted on the ministry's website, covers researchers working on quantum computing, quantum "
            "communication and precision measurement, and applies to both official and private travel."),
        (2, "The move follows reports earlier this week that private AI companies had begun restricting overseas "
            "travel by their top researchers. The ministry did not say how many scientists would be affected."),
    ],
    "d-p04": [
        (0, "The rule would apply to model weights above a computing threshold set in earlier export controls, and "
            "would also cover access by foreign nationals working for US companies abroad."),
        (2, "Under existing export rules, sharing controlled technology with a foreign national in the United States "
            "is treated as an export to that person's home country. The proposal would extend that principle to "
            "the weights of frontier AI systems for the first time."),
    ],
    "d-p05": [
        (0, "The notice tells universities that applicants must list every position they hold outside the United "
            "States, including honorary titles and participation in foreign talent recruitment programmes, and "
            "provide copies of contracts."),
    ],
    "d-p06": [
        (0, "The announcement caught universities by surprise in the middle of the admissions season, and prompted "
            "calls from students and families in China to admissions offices across the country."),
        (2, "Rubio did not define which fields would be considered critical or how connections to the Communist "
            "Party would be assessed. Chinese students make up the second-largest group of international students "
            "in the United States after Indians."),
    ],
    "d-p07": [
        (0, "ATAS certificates are already required for students from outside the UK and Ireland who want to study "
            "postgraduate courses in subjects where knowledge could be used in programmes to develop weapons of "
            "mass destruction or advanced military technology."),
    ],
    "d-p08": [
        (1, "The Home Office said the number of people using the route had been lower than expected, at about 3,000 "
            "a year, partly because the list of eligible universities was too narrow."),
    ],
    "d-p09": [
        (0, "The vote in Strasbourg, with 375 votes in favour, sets Parliament's negotiating position on the "
            "Commission's 2023 proposal. Employers would post vacancies on the platform and candidates would be "
            "able to register their skills and qualifications."),
    ],
    "d-p10": [
        (1, "The government said processing times were expected to fall to about six weeks. Applicants must still "
            "show a hosting agreement with a research institution or a job offer with a salary above the required "
            "threshold."),
    ],
    "d-p11": [
        (0, "\"Canada is open for business and open to talent,\" Diab told reporters in Toronto. \"If the United States "
            "no longer wants these highly skilled people, we do.\""),
    ],
    "d-p12": [
        (1, "Applicants can be nominated by an Australian citizen, permanent resident or organisation with a national "
            "reputation in the same field. The government said it would prioritise researchers working in "
            "critical technologies, including quantum and artificial intelligence."),
    ],
    "d-p13": [
        (0, "The Green List was introduced in 2022 to prioritise workers in occupations with global shortages. "
            "Employers have urged the government to add more technology and science roles."),
    ],
    "d-p14": [
        (1, "Employers will also face tighter scrutiny under the COMPASS points framework, which assesses candidates "
            "on salary, qualifications and the diversity of the employer's workforce."),
    ],
    "d-p15": [
        (0, "Taiwan already requires government officials and people with access to classified information to seek "
            "permission before visiting mainland China."),
        (1, "The council said the companies concerned would be told which of their employees were covered, and that "
            "the list would be kept confidential."),
    ],
    "d-p16": [
        (0, "The government said the scheme was designed to attract 10,000 AI specialists over five years, and that "
            "holders could renew the visa indefinitely as long as they continue to work in the field."),
    ],
    "d-p17": [
        (0, "At present, the law restricts the transfer of designated technologies abroad but does not directly "
            "cover individuals moving to new employers."),
    ],
    "d-p18": [
        (0, "Applicants will need an admission letter from an Indian institution registered on the portal, and can "
            "apply from anywhere in the world."),
    ],
    "d-p19": [
        (0, "The law gives universities and research institutes the power to refuse applicants on security grounds, "
            "and applies to new appointments from Wednesday."),
    ],
    "d-p20": [
        (0, "The program allows graduates to work for up to 12 months, extended by 24 months for those with degrees "
            "in science, technology, engineering and mathematics."),
    ],
    "d-p21": [
        (0, "The State Council published the amendment on its website on Thursday. It is the first new visa category "
            "China has introduced in more than a decade."),
    ],
    "d-p22": [
        (0, "The update lists examples of evidence that officers should accept, such as a significant ownership stake "
            "in a start-up backed by investors, or leading a research team."),
    ],
    "d-p23": [
        (0, "The decision was published on the government's website. Men of conscription age have been barred from "
            "leaving Ukraine since February 2022, with exemptions for some groups such as fathers of three or more "
            "children."),
    ],
    "d-p24": [
        (1, "Several Chinese researchers were questioned at length by US border officials last year and some had "
            "their electronic devices searched, according to accounts shared on Chinese social media."),
    ],
    "h-s01-a": [
        (0, "The amendments would also extend the job-seeking visa for foreign graduates of top universities and let "
            "holders' parents visit for longer periods."),
    ],
    "h-s02-a": [
        (1, "The bill would give the education minister the power to block appointments of researchers deemed to "
            "pose a risk. Applicants from countries with military-civil fusion programmes would be checked most "
            "closely, officials said."),
    ],
    "h-s03-a": [
        (0, "The cable, signed by the secretary of state, told consular sections to remove unfilled appointments "
            "from their schedules. It said further guidance on screening applicants' online presence would follow "
            "in the coming days."),
    ],
    "h-s03-b": [
        (1, "The State Department said it uses \"every tool\" to vet those who want to come to the United States. "
            "About 1.1 million international students were enrolled at American universities last year."),
    ],
    "h-s04-a": [
        (1, "The charge was introduced in 2017 and has not been raised since. It is paid on top of visa fees and the "
            "immigration health surcharge."),
    ],
    "h-p03": [
        (0, "The White House said the countries had failed to share information needed to vet travellers or had high "
            "rates of visa overstays."),
    ],
    "h-p06": [
        (0, "The professor, who had worked at the university for more than 20 years, was convicted last year of two "
            "counts of making false statements and of tax offences."),
    ],
    "h-p07": [
        (0, "The program is one of the largest research recruitment efforts in Canada's history and follows similar "
            "moves by European governments to attract scientists leaving American universities."),
    ],
    "h-p09": [
        (0, "Under the plan, universities and research institutes will receive matching funds for each returning "
            "scientist they hire."),
    ],
    "h-p11": [
        (0, "The figure is up from 270,000 this year. Clare said the government wanted growth in international "
            "education to be sustainable and to give universities certainty."),
    ],
    "h-p13": [
        (0, "The administration has argued that the lottery allows companies to use the program for lower-paid "
            "jobs. Technology companies were divided on the change."),
    ],
}


def main() -> int:
    for path in sorted(HERE.glob("*.txt")):
        text = path.read_text("utf-8")
        blocks = re.split(r"(?=^### )", text, flags=re.M)
        changed = False
        for i, block in enumerate(blocks):
            m = re.match(r"### id: (\S+)", block)
            if not m or m.group(1) not in EXTRA:
                continue
            head, _, body = block.partition("\ntext:\n")
            paras = body.strip("\n").split("\n\n")
            for after, extra in sorted(EXTRA[m.group(1)], key=lambda e: -e[0]):
                if extra in body:
                    continue
                paras.insert(after + 1, extra)
                changed = True
            blocks[i] = head + "\ntext:\n" + "\n\n".join(paras) + "\n\n"
        if changed:
            path.write_text("".join(blocks).rstrip("\n") + "\n", "utf-8")
            print("expanded", path.name, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
