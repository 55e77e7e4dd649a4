"""Thread questions asked in the article's own language (French, German, Spanish, Italian, Portuguese,
Dutch, Swedish, Danish, Norwegian, Polish, Russian, Turkish, Japanese, Korean, Chinese): the words that say which kind of
fact is asked for (`QA_ML_KIND_CUES`, tried in order, as the English reading of a question is), and the
function words of such a question (`QA_ML_FUNCTION_WORDS`, `QA_ML_FUNCTION_CHARS`), which an answer need
not contain. Patterns are regular expressions over the lower-cased question.
"""

from __future__ import annotations

from bot.analysis.normalization import words

__all__ = [
    "QA_ML_COUNTERS",
    "QA_ML_ELISION",
    "QA_ML_FUNCTION_CHARS",
    "QA_ML_FUNCTION_WORDS",
    "QA_ML_HEAD_AFTER",
    "QA_ML_KIND_CUES",
    "QA_ML_META_WORDS",
    "QA_ML_WHO_FORMS",
]

# A word boundary that knows accented letters and Cyrillic ("où", "когда").
_B = r"(?<![\w])"
_E = r"(?![\w])"

# (kind, pattern), first match wins: the change and the amount before the count ("combien coûte" is a sum,
# "wie viele" a count), the duration before the count ("cuántos años" is how long), the date before "which"
# ("quale data"), "which" before "what".
QA_ML_KIND_CUES: tuple[tuple[str, str], ...] = (
    ("change", rf"{_B}(?:um\s+wie\s+viel|de\s+combien(?!\s+de\s+temps)|di\s+quanto(?!\s+tempo)|med\s+hur\s+mycket|"
               rf"на\s+сколько){_E}|いくらからいくら|何%|얼마나\s+(?:늘|줄|오르|인상)"),
    ("amount", rf"{_B}(?:combien\s+(?:coûte|coûtent|d['’]argent|faut-il\s+payer)|wie\s+viel\s+(?:geld|kostet)|"
               rf"was\s+kostet|wie\s+hoch|hvad\s+koster|hva\s+koster|cuánto\s+(?:cuesta|costó|cuestan|dinero|se\s+paga)|"
               rf"quanto\s+(?:costa|custa|costano|denaro|dinheiro)|hoeveel\s+(?:kost|geld)|vad\s+kostar|"
               rf"hur\s+mycket\s+(?:kostar|pengar)|(?:ücret\w*|fiyat\w*|maaş\w*|harç\w*)\s+ne\s+kadar|сколько\s+(?:стоит|денег)|ile\s+kosztuje|"
               rf"(?:quel|quelle|quels|qual|cuál|welche[rs]?|wat|vad|vilken|какой|какая)\s+(?:\w+\s+){{0,3}}?"
               rf"(?:montant|prix|coût|salaire|seuil|rémunération|revenu|budget|taxa|aliquota|soglia|retribuzione|"
               rf"stipendio|salario|sueldo|ingresos?|umbral|gehalt\w*|gebühr\w*|betrag|kosten|einkommen|"
               rf"inkomenseis|salaris|lön\w*|avgift\w*|сумма|зарплата|размер)|qué\s+ingresos|qué\s+salario|"
               rf"qual\s+(?:a|o)\s+(?:taxa|valor|salário)){_E}"
               r"|いくら|どれだけの(?:年収|金額|費用|給与)|金額|費用は|얼마(?!나)|多少钱|多少錢|費用|费用"),
    ("duration", rf"{_B}(?:combien\s+de\s+temps|pendant\s+combien|quelle\s+(?:est\s+la\s+)?durée|wie\s+lange|"
                 rf"cuánto\s+(?:dura|tiempo|tarda)|en\s+cuánto\s+tiempo|(?:hasta\s+)?cuántos\s+(?:años|meses|días)|"
                 rf"quanto\s+(?:dura|tempo)|quanti\s+(?:anni|mesi|giorni)|quantos\s+(?:anos|meses|dias)|hoe\s+lang|"
                 rf"hur\s+(?:länge|lång)|hvor\s+(?:længe|lenge|lang)|как\s+долго|сколько\s+времени|на\s+какой\s+срок|jak\s+długo|ne\s+kadar\s+süre){_E}"
                 r"|どのくらいの期間|どれくらい(?:の期間|かかり)|何年|何か月|何ヶ月|期間は|얼마나\s*(?:오래|걸리)|기간|몇\s*년|"
                 r"多久|多長時間|幾年|几年|期限多"),
    ("count", rf"{_B}(?:combien\s+(?:de|d['’])|combien|ما\s+عدد|كم|wie\s+viele|cuántos|cuántas|quanti|quante|quantos|quantas|"
              rf"hoeveel|hur\s+många|hvor\s+mange|сколько|ile|kaç|câți|câte){_E}"
              r"|何(?:人|件|校|都市|か国|カ国|社|名|機関|団体)|몇|كم|多少(?:人|名|所|間|间|家|个|個|位)"),
    # "¿Cuánto hay que ganar?", "Hvor meget sænkes grænsen?": how much, of whatever is measured.
    ("quantity", rf"{_B}(?:cuánto|cuánta|quanto|quanta|wie\s+viel|hur\s+mycket|hvor\s+(?:meget|mye|stor|høj|høy)){_E}"),
    ("when", rf"{_B}(?:quand|متى|à\s+partir\s+de\s+quelle\s+date|quelle\s+date|quel\s+jour|wann|welche[sm]?\s+datum|"
             rf"an\s+welchem\s+tag|cuándo|qué\s+(?:día|fecha)|quando|(?:da\s+)?quale\s+data|che\s+giorno|"
             rf"que\s+dia|qual\s+a\s+data|wanneer|welke\s+datum|när|(?:från\s+)?vilket\s+datum|когда|с\s+какого|"
             rf"hvornår|^\W*når|kiedy|od\s+kiedy|ne\s+zaman|hangi\s+tarih\w*){_E}"
             r"|いつ|何日|何月|期限は|언제|마감일|날짜|何時|何时|什么时候|什麼時候|幾時|几时"),
    ("penalty", rf"{_B}(?:quelles?\s+sanctions?|quelle\s+peine|welche\s+strafen?|qué\s+sanci\w+|quali\s+sanzioni|"
                rf"какое\s+наказание|какие\s+санкции|jakie\s+kary){_E}|罰則|처벌"),
    ("why", rf"{_B}(?:pourquoi|لماذا|warum|weshalb|wieso|wozu|por\s+qué|para\s+qué|perché|perche|por\s+que|para\s+que|"
            rf"waarom|varför|hvorfor|почему|зачем|dlaczego|neden){_E}|なぜ|なんで|どうして|理由は|왜|이유|为何|為何|為什麼"),
    ("who", rf"{_B}(?:qui|wer|^\W*من|wem|wen|quién|quiénes|chi|quem|vem|hvem|кто|кем|кому|kto){_E}"
            r"|誰|だれ|どなた|対象者|누가|누구"),
    ("where", rf"{_B}(?:où|أين|wo|wohin|woher|dónde|adónde|dove|onde|waar|^\W*var|vart|hvor(?!\s+(?:meget|mye|mange|længe|lenge|lang|stor|høj|høy|hurtigt|fort|ofte))|где|куда|gdzie|nerede){_E}"
              r"|どこ|어디|哪裡|哪里|何處|何处"),
    ("which", rf"{_B}(?:quel|أي|أية|quelle|quels|quelles|welche|welcher|welches|welchen|welchem|cuál|cuáles|quale|quali|qual|"
              rf"quais|welke|welk|vilken|vilket|vilka|hvilken|hvilket|hvilke|какой|какая|какое|какие|каких|какого|какому|каком|какую|который|które|który|jakie|"
              rf"hangi|qué(?=\s+[^\W\d_]{{4,}}))\s+(?=[^\W\d_])"
              r"|どの|どんな|어느|어떤|무슨"),
    # "Est-ce que la loi a été adoptée ?" asks yes or no: read before "que" can make it a "what".
    ("polar", r"^\W*est-ce\s+que\b"),
    ("what", rf"{_B}(?:que|ماذا|^\W*ما|qu['’]est-ce|quoi|was|qué|cosa|che\s+cosa|o\s+que|wat|vad|hvad|hva|что|co(?=\s)){_E}"
             r"|何を|なに|何か|무엇|뭐|什么|什麼"),
    # A question with no question word asks yes or no: an inverted verb, "est-ce que", "ли", a final か.
    ("polar", rf"^\W*(?:est-ce\s+que|ist|sind|gibt|gilt|wird|werden|kann|können|hat|haben|muss|darf|es|está|hay|"
              rf"puede|se\s+puede|è|può|si\s+può|gäller|är|kan|får|måste|har|finns|ska|zijn|mag|moet|geldt|"
              rf"heeft|wordt|czy|هل){_E}|-t-(?:il|elle|ils|elles|on){_E}|{_B}ли{_E}"
              r"|[かカ]\s*[?？]?\s*$|(?:나요|습니까|니까|는가|인가|ㄴ가)\s*[?？]?\s*$|[吗嗎]|是否|能否|可否"),
)
# "何件", "몇 명", "多少間": the counter a number of the things asked for is written with (group 1).
QA_ML_COUNTERS = r"(?:何|몇\s*|多少)(都市|か国|カ国|機関|団体|개국|人|件|校|社|名|명|개|곳|건|所|間|间|家|个|個|位)"
# Kinds whose noun follows the question word ("combien de *passeports*", "welche *Sprachkenntnisse*").
QA_ML_HEAD_AFTER: frozenset[str] = frozenset({"count", "which"})

# The function words of questions in those languages: articles, pronouns, prepositions, auxiliaries and
# the question words themselves. Never a focus term an answer must hold.
QA_ML_FUNCTION_WORDS: frozenset[str] = words(" ".join((
    # French
    """qui que quoi quand où combien comment pourquoi quel quelle quels quelles lequel laquelle est-ce
    le la les l un une des du de d au aux à a ai as ont est sont été être était étaient sera seront fait
    il elle ils elles on ce cet cette ces se s sa son ses leur leurs y en ne pas dans par pour sur avec
    t avait avaient peut doit faut partir jusqu depuis et ou qu""",
    # German
    """wer wen wem wessen was wann wo wohin woher warum wieso weshalb wozu wie viel viele welche welcher
    welches welchen welchem der die das den dem des ein eine einen einem einer eines ist sind war waren
    wird werden wurde wurden hat haben hatte kann können muss soll sollen gibt es sie er zu zur zum im
    in an am auf für mit von vom bei bis ab seit um und oder noch auch sein man""",
    # Spanish, Italian, Portuguese
    """quién quiénes qué cuál cuáles cuándo cuánto cuánta cuántos cuántas dónde cómo por el los las lo
    del al en con para se su sus es son fue ha han será y o chi che cosa quale quali quando quanto quanta
    quanti quante dove come perché il gli i le della dello degli delle dal dalla dai nel nella nei per di tra fra sul sulla sui al alla ai agli alle un una uno
    è sono stato stata ha hanno si quem qual quais quantos quantas onde o os as da do das dos no na nos
    nas foi são um uma já hay""",
    # Dutch, Swedish, Polish
    """wie wat wanneer waar waarom hoe hoeveel welke welk het een van voor met op is zijn wordt worden
    heeft hebben er vem vad när var varför hur många mycket vilken vilket vilka den det de en ett av för
    med om på till från är var har kan ska som gäller kto co kiedy gdzie dlaczego ile jaki jaka jakie
    który które czy się w z na do od jest są""",
    # Danish, Norwegian
    """hvem hvad hva hvornår når hvor hvorfor hvordan hvilken hvilket hvilke mange meget mye længe lenge
    den det de en et af av til fra med om på i for er var har blev ble bliver blir skal kan må vil
    sig seg og eller som der""",
    # Arabic
    """من ما ماذا متى أين لماذا كم كيف أي أية هل في على إلى عن مع هو هي هذا هذه التي الذي قد تم""",
    # Russian, Turkish
    """кто что когда где почему зачем сколько какой какая какое какие каких как ли в во на с со по за
    для от до из о об и или это был была были будет будут ne zaman kaç hangi kim nerede neden mi mı mu mü kadar какого какому каком какую""",
    # the rest of "how high", "how long", "what date", "how much time", "until when"
    """hoch lange lang datum tag temps durée jour date tiempo fecha día tempo giorno dia länge jusqu hasta
    desde fino debe deben puede pueden podrá deve devono può pode podem""",
)))
# Elided articles and prepositions written onto the next word: "d'articles", "l'annonce", "jusqu'à",
# "dell'Unione". The question's word is read without them.
QA_ML_ELISION: str = r"(?<![^\W\d_])(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|un)['’](?=[^\W\d_])"
# Japanese and Korean: the kana and syllables of particles, endings and question words. A question's
# focus holds single characters only where the script has no spaces; these are never its topic.
QA_ML_FUNCTION_CHARS: frozenset[str] = frozenset(
    "はがをにでのとへもやかねよなりまれらすしたてっいつくらどこそあうんえおけさせだでばべみむめゃゅょるろわ"
    "ーー、。？！・"
    "은는이가을를의에서도로으와과나요까니습입했었였되됩됐하합할한다인죠며고면지것수있없누구언제어디얼마몇무엇왜떻게느"
)

# Who acts, in those languages: offices, bodies and titles that say a sentence names someone ("홍석준
# 국회의원", "Ministerin Margarete Schramböck", "el Pleno del Congreso"). Forms as in `qa_crosslingual`:
# a trailing "*" any ending; in scripts without spaces, substrings.
QA_ML_WHO_FORMS = (
    "ministre, député*, sénat*, président*, gouvernement, conseil, conseil*, premier ministre, porte-parole, "
    "Minister*, Ministerin, Bundesregierung, Regierung, Abgeordnete*, Präsident*, Bundestag, Bundesrat, "
    "Sprecher*, ministro, ministra, diputad*, president*, gobierno, congreso, senado, pleno, portavoz, "
    "governo, consiglio, parlamento, portavoce, minister, regering*, riksdag*, myndighet*, statsråd*, "
    "kabinet, ministerie, министр*, депутат*, президент*, правительств*, дума*, minister*, rząd*, sejm*, "
    "posł*, 장관, 의원, 국회, 대표, 교수, 총리, 대통령, 정부, 위원장, 청장, 大臣, 議員, 首相, 教授, 政府, 長官, "
    "内閣, 省, 知事, 部长, 部長, 主席, 总统, 總統, 国务院, 國務院, 委员会, 委員會, 局长, 局長, 发言人, 發言人, "
    "立法院, 行政院, 部门, 部門"
)

# Generic words of questions about a rule, as `QA_META_WORDS` in English ("new", "rule", "law", "come",
# "apply", "announce", "adopt"): used for ranking, not required in the answer.
QA_ML_META_WORDS: frozenset[str] = words(" ".join((
    """nouveau nouvelle nouveaux nouvelles règle règles loi lois mesure mesures changement vigueur entrer
    entre entrera annoncé annoncée adopté adoptée appliquer applique""",
    """neu neue neuen neuer neues regel regeln gesetz gesetze kommen kommt gelten gilt maßnahme änderung""",
    """nuevo nueva nuevos nuevas regla reglas norma normas ley leyes medida medidas vigor entra entrará
    aplicarse aplica anunció aprobó""",
    """nuovo nuova nuovi nuove regola regole legge leggi misura misure vigore entra entrerà applica""",
    """novo nova novos novas regra regras lei leis medida medidas""",
    """nieuwe nieuw regel regels wet maatregel ny nya nytt regel regler lag lagen""",
    """новый новая новое новые правило правила закон законы мера меры вступит силу""",
)))
