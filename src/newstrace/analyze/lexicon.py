"""Word lists for attribution: reporting verbs and nouns, channels, hedges, outlets.

The reporting verbs are those that head a Cue span in PolNeAR train often
enough and in a large enough share of their uses (``bench/learn_cues.py``
prints them), merged with the common ones any newsroom uses. At the end, the
few small lists that several attribution rules share (impersonal verbs, topic
prepositions, dashes).
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set."""
    return frozenset(text.split())


__all__ = [
    "CHANNEL_NOUNS",
    "CIRCUMSTANCE_NOUNS",
    "CUE_NOUNS",
    "CUE_VERBS",
    "DASHES",
    "HEDGES",
    "IMPERSONAL_VERBS",
    "LEARNED_CUE_VERBS",
    "LIGHT_OBJECTS",
    "OUTLET_WORDS",
    "PLATFORMS",
    "PREP_CUE_VERBS",
    "SPEECH_VERBS",
    "STANCE_NOUNS",
    "STANCE_PREPS",
    "TELL_VERBS",
    "TOPIC_PREPS",
]

# Verbs heading a PolNeAR train Cue in at least 45% of their uses, at least 5 times
# (bench/learn_cues.py), less a few the tagger mislemmatises or that mostly name.
LEARNED_CUE_VERBS: Final = words(
    """
    accord accuse acknowledge acquiesce add admit allege allude announce applaud
    argue articulate ask assail assert assure attribute balk bemoan blame blast
    boast brag caution chant characterize chide cite claim clarify complain
    concede conclude condemn confirm congratulate contemplate contend criticize
    declare decline decry deem defend denounce deride describe detail disclose
    discuss dismiss doubt echo emphasize endorse envision expect explain express
    fear forecast hail highlight hint imply indicate insist interject interpret
    joke lambast lament mention mock note observe outline plead portray post
    praise predict prefer proclaim promise propose question reaffirm rebuff rebuke
    rebut recall recite recount refuse reiterate reject remark remind repeat reply
    report respond reveal say seem shout show signal slam speculate state stress
    suggest tell tout tweet urge voice vouch vow warn wonder worry write
    """
)

# Lemmas of verbs that report speech, writing or stance.
CUE_VERBS: Final = LEARNED_CUE_VERBS | words(
    """
    say tell add write report announce note explain argue claim insist warn state
    declare reply respond answer ask admit acknowledge concede confirm deny reveal
    disclose suggest recall predict promise pledge vow urge demand tweet post
    testify allege assert contend maintain stress emphasise emphasize observe
    remark comment mention complain boast caution estimate conclude concur agree
    disagree recount describe indicate signal hint believe think feel fear hope
    expect doubt worry reckon acknowledge dismiss reject blame accuse criticize
    criticise praise question speculate quip joke muse tout repeat reiterate
    continue counter retort rebut lament decry denounce charge brag threaten
    propose recommend advise inform assure notify quote cite predict forecast
    calculate find show point declare proclaim announce appear agree oppose deny
    consider pledge plan view charge favor threaten answer comment hope encourage
    advocate estimate demand recommend request dispute suspect counter testify
    want know see yell scream exclaim holler bark
    """
)

# Verbs that report words said or written (not a stance): a statement even inside another's.
SPEECH_VERBS: Final = words(
    """
    say tell add write report announce claim insist argue state declare reply respond answer
    ask admit acknowledge confirm deny reveal disclose warn tweet post testify allege assert
    note explain quote cite recall repeat reiterate
    """
)

# Verbs whose object is the person spoken to ("told reporters").
TELL_VERBS: Final = words(
    """
    tell inform assure notify brief warn remind ask advise
    """
)

# Nouns that report speech: "his statement that", "in a statement".
CUE_NOUNS: Final = words(
    """
    statement remark remarks comment comments claim assertion announcement warning
    testimony tweet post speech interview letter memo report allegation accusation
    admission insistence promise pledge argument suggestion view belief
    """
)

# Nouns of stance whose "of/on/for/about/against/to" phrase is what they are about
# ("Ruiz's attacks on Ott", "her support for the deal"); the most frequent such
# cues in PolNeAR train.
STANCE_NOUNS: Final = words(
    """
    question questions attack attacks support opposition endorsement criticism
    concern concerns doubt doubts critique defense defence praise call calls
    response reference mention view views comment comments focus
    """
)

# Objects of a light verb whose preposition names what the stance is about ("took a shot
# at the mayor", "threw her support behind Ruiz", "paid tribute to the victims"); the nouns
# that most often end such a Cue in PolNeAR train, with the stance nouns.
LIGHT_OBJECTS: Final = STANCE_NOUNS | words(
    """
    shot shots aim swipe swipes swing jab jabs dig digs whack fire attention interest
    favor credit fun tribute vote votes allegiance congratulations sights
    """
)

# Verbs that report a stance only with their preposition ("called for a ban",
# "referred to the plan", "voted against it", "pointed to the record"); frequent cues in
# PolNeAR train.
PREP_CUE_VERBS: Final = {
    "call": ("for", "on"),
    "refer": ("to",),
    "talk": ("about",),
    "speak": ("about", "of"),
    "vote": ("for", "against"),
    "focus": ("on",),
    "rail": ("against",),
    "push": ("for",),
    "point": ("to",),
    "respond": ("to",),
    "agree": ("with",),
    "disagree": ("with",),
}

# Nouns naming the channel a statement went through.
CHANNEL_NOUNS: Final = words(
    """
    interview statement conference briefing speech post tweet letter email e-mail
    memo broadcast address appearance podcast video message op-ed column article
    blog hearing testimony rally debate press release communique program programme
    show newspaper radio television tv
    """
)

PLATFORMS: Final = words(
    """
    x twitter facebook instagram telegram truth youtube tiktok linkedin weibo
    threads
    """
)

# Adverbs and phrases that say the reporter did not witness the statement.
HEDGES: Final = words(
    """
    reportedly allegedly apparently purportedly supposedly ostensibly seemingly
    """
)

# Words in a name that mark a news outlet rather than another organisation.
OUTLET_WORDS: Final = words(
    """
    news times post journal herald tribune telegraph guardian independent press
    agency reuters ap afp tass ria bbc cnn nbc abc cbs fox msnbc npr bloomberg
    politico axios gazette daily weekly magazine tv radio broadcaster network
    channel wire interfax xinhua yonhap kyodo dpa efe ansa pravda izvestia
    kommersant monitor observer economist
    """
)

# Verbs whose "it" subject stands for no one ("it seems that …").
IMPERSONAL_VERBS: Final = ("seem", "appear")

# Dashes as the parser tokenizes them ("LONDON (Reuters) - ...").
DASHES: Final = ("-", "--", "—", "–")

# Prepositions whose object is what a cue with no clause or object is about.
TOPIC_PREPS: Final = ("for", "about", "against", "on", "of")
# The same, and "to", after a noun of stance ("his attacks on", "her objection to").
STANCE_PREPS: Final = (*TOPIC_PREPS, "to")

# Nouns a relative clause describes the circumstances of, not the topic: "the time he said".
CIRCUMSTANCE_NOUNS: Final = ("time", "way", "day", "year", "moment", "reason", "place", "point")
