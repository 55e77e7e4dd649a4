"""More of the relevance classes in other languages (read with lexicon.MULTILINGUAL_CUES, under the same
labels and form syntax): whom a work permission names (by its category, or as its holders), the talent a brain drain is
about, staff called home, and measures only a state takes.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["MULTILINGUAL_RELEVANCE_CUES"]

MULTILINGUAL_RELEVANCE_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "talent": (
        # Japan's statuses of residence for work name their holders by their work, as "work visa" or
        # "skilled worker visa" does in English: the highly skilled professional, the engineer and
        # specialist in humanities, the business manager, the specified skilled worker.
        ("高度専門職, 技術・人文知識・国際業務, 技人国, 経営・管理, 経営管理ビザ, 特定技能, 就労ビザ, 就労資格, "
         "高度外国人材", 0.8),
        # "Brains" are the researchers and graduates a brain drain loses and a return scheme brings back:
        # "il rientro dei cervelli", "la fuite des cerveaux", "fuga de cerebros", "fuga de cérebros".
        ("cervelli, cerveaux, cerebros, cérebros", 0.8),
        # A permit to work is held by the people who work, as "work permit" (0.5) and "work visa" (0.6) are
        # in English: "raises the salary bar for work permits" names workers without the word.
        ("permis de travail, arbeitserlaubnis*, arbeitsgenehmigung*, permiso de trabajo, permesso di lavoro, "
         "autorização de trabalho, werkvergunning*, arbeidstillatelse*, arbetstillstånd*, arbejdstilladelse*, "
         "työlupa*, zezwoleni* na pracę, разрешени* на работу, дозв* на працевлаштування, çalışma izni, "
         "izin kerja, giấy phép lao động, 工作许可, 就労許可, 취업 허가, 취업허가", 0.5),
        ("visa de travail, arbeitsvisum*, visado de trabajo, visto di lavoro, visto de trabalho, werkvisum*, "
         "рабоч* виз*, çalışma vizesi, 工作签证, 就労ビザ, 취업비자, 취업 비자", 0.6),
        # Labour migrants by their one word: "arbetskraftsinvandrare", "Arbeitsmigranten", "arbeidsmigranten".
        ("arbetskraftsinvandr*, arbeidsinnvandr*, arbejdskraftindvandr*, arbeitsmigrant*, arbeidsmigrant*, "
         "трудов* мигрант*", 0.5),
    ),
    "movement": (
        # Staff called home by their employer or their state: "召回300名工程师", "调回国内", "отозвала инженеров",
        # "rappelé ses ingénieurs", "zurückbeordert".
        ("召回, 调回, 召回国, 撤回人员, отозвал, отозвала, отозвали, отозвать, отзывает, отзывают, rappelé*, "
         "rapatrié*, zurückbeordert, zurückgerufen, 呼び戻, 귀국 조치, 철수시", 0.6),
    ),
    # Measures only a state takes (relevance.py: they stand for the government, as "tax incentive" does in
    # English): tax incentives and reliefs, protected-research zones and the regime that sets them.
    "state_measure": (
        ("incentivo fiscal, incentivos fiscais, incentivos fiscales, incentivi fiscali, incentivo fiscale, "
         "agevolazion* fiscal*, benefício* fisca*, beneficio* fiscal*, beneficios fiscales, avantage* fisca*, "
         "incitation* fiscale*, régime fiscal, regime fiscal, régimen fiscal, regime fiscale, steuervergünstigung*, "
         "steueranreiz*, steuerliche anreize, belastingvoordeel*, skattefordel*, skattelettelse*, ulg* podatkow*, "
         "налогов* льгот*, податков* пільг*, vergi teşvik*, insentif pajak, ưu đãi thuế, कर प्रोत्साहन, "
         "حوافز ضريبية, 税制優遇, 세제 혜택, 세제혜택, zone à régime restrictif, zones à régime restrictif, "
         "potentiel scientifique et technique", 0.9),
    ),
})
