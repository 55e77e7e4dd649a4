"""The words of an English "who" question that asks for the people an action applies to ("Who is
affected?", "Who will newly qualify for the visa?", "Who has to surrender their passport?"), not for
who acted ("Who announced it?", "Who signed the decree?"), for answering it from an article in another
language by the groups of people that article names (`bot.analysis.qa.affected`).
"""

from __future__ import annotations

__all__ = ["QA_ACTOR_WHO", "QA_AFFECTED_WHO"]

# Read after "who"/"whom" (and the auxiliaries and adverbs between): a regex alternation, lower case. An
# adjective or participle saying a rule bears on someone, a verb of qualifying or benefiting, or a modal
# of obligation or permission ("who must", "who can", "who has to").
QA_AFFECTED_WHO = (
    r"affected|impacted|hit|eligible|ineligible|entitled|covered|targeted|concerned|subject\s+to|exempt(?:ed)?|"
    r"excluded|included|allowed|permitted|required|obliged|barred|banned|restricted|favou?red|"
    r"qualif(?:y|ies|ied)|appl(?:y|ies)|benefit(?:s|ed)?|receive[sd]?|gets?|keeps?|loses?|lose\s+out|"
    r"must|can|could|may|might|needs?|has\s+to|have\s+to|will\s+have\s+to|is\s+it\s+for|are\s+they|"
    r"is\s+(?:it|this|the\s+\w+)\s+(?:meant|designed|intended|aimed)|(?:meant|designed|intended|aimed)\s+(?:to|at|for)|"
    r"attract|recruit|draw|lure|target|help|support|fund|cover|affect|exempt|bar|ban|restrict"
)

# Verbs of acting, speaking or deciding: "who" then asks for the actor, never the group acted on. A verb
# that is also a noun ("rule", "issue", "order", "charge", "report") only in forms no noun takes
# ("Who is the rule aimed at?" asks for a group).
QA_ACTOR_WHO = (
    r"said|says|say|announced?|announces|signed|signs|decided?|decides|approved?|approves|proposed?|"
    r"proposes|introduced?|adopted?|passed|chaired|chairs|led|leads|spoke|explained?|commented|comments\s+on|"
    r"represented?|revoked?|sentenced|will\s+sentence|ruled|rules\s+on|ordered|issued|wrote|reported|drafted|"
    r"consulted?|criticized?|criticised?|opposed?|warned?|told|is\s+behind|ran|runs|oversees?|enforces?|"
    r"filed|sued?|arrested?|charged|indicted?|prosecuted?|launched|launches|unveiled?|confirmed|stated|"
    # Acting verbs after a modal ("Who can sign the decree?", "Who will support the bill?").
    r"sign|veto|draft|contact|challenge|vote|enforce|decide|approve"
)
