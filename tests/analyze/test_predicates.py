"""Predicates read from the parse: which verbs the text asserts happened."""

from __future__ import annotations

from spacy.language import Language

from newsweave.analyze.predicates import find_predicates
from newsweave.models import Article, Predicate


def _asserted(nlp: Language, text: str, verb: str) -> bool:
    article = Article(id="a", text=text)
    (p,) = [p for p in find_predicates(nlp(text), article) if text[p.trigger.start : p.trigger.end] == verb]
    return p.asserted


def _pred(nlp: Language, text: str, verb: str) -> Predicate:
    (p,) = [p for p in find_predicates(nlp(text), Article(id="a", text=text))
            if text[p.trigger.start : p.trigger.end] == verb]
    return p


def test_purpose_and_plotted_acts_are_not_asserted(nlp: Language) -> None:
    assert not _asserted(nlp, "He was arrested for plotting to overthrow the government.", "overthrow")
    assert not _asserted(nlp, "The general led a coup to overthrow the elected president.", "overthrow")
    assert not _asserted(nlp, "The rebels threatened to attack the capital.", "attack")
    assert _asserted(nlp, "The rebels attacked the capital on Monday.", "attacked")
    assert _asserted(nlp, "He was arrested for plotting to overthrow the government.", "arrested")


def test_since_clauses_and_counted_tallies_are_background(nlp: Language) -> None:
    text = "Ever since he led a violent coup to overthrow the elected president, the general was shunned."
    assert not _asserted(nlp, text, "led")
    assert not _asserted(nlp, text, "overthrow")
    tally = "Since the beginning of the year, 90 people have been kidnapped in the northern region."
    assert not _asserted(nlp, tally, "kidnapped")
    # One person held since a day is this detention, still going on.
    assert _asserted(nlp, "The editor has been detained since Nov. 30, after the police raided his house.",
                     "detained")
    assert _asserted(nlp, "Police said on Monday they had kidnapped nobody.", "said")


def test_a_gerund_after_a_preposition_has_no_doer_of_its_own(nlp: Language) -> None:
    # The parse makes "Holt" the subject of "threatening"; the mayor threatens.
    text = "The mayor sent a note to Governor Tom Holt threatening to sue the state."
    article = Article(id="a", text=text)
    found = find_predicates(nlp(text), article)
    (p,) = [p for p in found if text[p.trigger.start : p.trigger.end] == "threatening"]
    assert p.agent is None


def test_a_complement_takes_its_verbs_mood(nlp: Language) -> None:
    text = "Member countries would have to arrest the officers if they traveled abroad."
    assert not _asserted(nlp, text, "arrest")
    assert _asserted(nlp, "Police began to arrest the protesters on Monday.", "arrest")


def test_not_until_says_when_and_denies_nothing(nlp: Language) -> None:
    assert _pred(nlp, "The ferry did not sail at noon.", "sail").negated
    late = _pred(nlp, "The Harriers did not take the lead until Mara Olin scored a penalty late on.", "take")
    assert not late.negated


def test_where_is_the_verbs_own_locative_phrase(nlp: Language) -> None:
    text = "Allegedly involved in the attacks on Leeds, Omar was arrested in Rome by police on Friday."
    p = _pred(nlp, text, "arrested")
    assert [text[w.start : w.end] for w in p.where] == ["Rome"]
    listed = "More than 300 were killed in Malaysia, Myanmar and Kenya."
    assert _pred(nlp, listed, "killed").where == ()
    noun = "The union called for the release of the crewmen in Iran."
    assert _pred(nlp, noun, "called").where == ()


def test_a_passive_with_its_auxiliary_cut_makes_its_subject_the_patient(nlp: Language) -> None:
    text = "Jackson arrested on suspicion of DUI"
    p = _pred(nlp, text, "arrested")
    assert p.agent is None and p.patient is not None
    assert text[p.patient.head.start : p.patient.head.end] == "Jackson"
    text = "Witnesses said they saw Horton killed by the gunman."
    p = _pred(nlp, text, "killed")
    assert p.agent is not None and p.patient is not None
    assert (text[p.agent.head.start : p.agent.head.end], text[p.patient.head.start : p.patient.head.end]) == (
        "gunman", "Horton")
    text = "Police arrested and charged the driver."
    p = _pred(nlp, text, "arrested")
    assert p.agent is not None and text[p.agent.head.start : p.agent.head.end] == "Police"


def test_where_stops_at_the_object_not_its_modifiers(nlp: Language) -> None:
    text = "Two men were arrested in connection with a shooting in Brownsville."
    p = _pred(nlp, text, "arrested")
    assert all("Brownsville" not in text[w.start : w.end] for w in p.where)


def test_where_keeps_the_name_of_a_city_of(nlp: Language) -> None:
    text = "Police have detained ten dissidents in the eastern city of Hangzhou."
    p = _pred(nlp, text, "detained")
    assert any("Hangzhou" in text[w.start : w.end] for w in p.where)


def test_what_someone_believed_is_not_asserted(nlp: Language) -> None:
    # The report says police believed it, not that it happened (the story's headline said it did not).
    text = ("At first, police believed Mr. Grier committed the robbery, then kidnapped Ms. Odell and their "
            "son.")
    assert not _asserted(nlp, text, "committed")
    assert not _asserted(nlp, text, "kidnapped")
    assert _asserted(nlp, "Police said Grier kidnapped his girlfriend on Friday.", "kidnapped")


def test_what_a_rumour_or_an_allegation_holds_is_not_asserted(nlp: Language) -> None:
    text = "Rumours that the rebels had captured Dunmore prompted celebratory gunfire in the port."
    assert not _asserted(nlp, text, "captured")
    assert _asserted(nlp, text, "prompted")
    assert not _asserted(nlp, "Allegations that guards beat the prisoners were denied on Monday.", "beat")
    # A participle after another noun is still told as done.
    assert _asserted(nlp, "The convoy attacked near Dunmore was carrying food.", "attacked")


def test_a_clause_complement_takes_its_verbs_mood(nlp: Language) -> None:
    assert not _asserted(nlp, "The government wants to see the rebels negotiating with the army.",
                         "negotiating")
    # A denied verb of saying still lets its clause say what happened.
    assert _asserted(nlp, "Police would not say how the guard was killed.", "killed")


def test_a_conjoined_verb_shares_its_subjects_mood_but_not_a_clause_with_its_own(nlp: Language) -> None:
    assert not _asserted(nlp, "The gang could rob the bank and kill the guards.", "kill")
    assert _asserted(nlp, "The gang robbed the bank and killed the guards.", "killed")
    assert _asserted(nlp, "The mayor will arrive on Monday, and troops arrested two men.", "arrested")


def test_a_day_is_no_one_acted_upon(nlp: Language) -> None:
    assert _pred(nlp, "The troops fired on Friday near the border.", "fired").patient is None
    p = _pred(nlp, "The rebels fired on the convoy.", "fired")
    assert p.patient is not None


def test_a_participles_noun_is_its_patient(nlp: Language) -> None:
    # A headline's "Texas prisoner captured after week on the run": the prisoner was captured, not the run.
    text = "Texas prisoner captured after week on the run"
    p = _pred(nlp, text, "captured")
    assert p.patient is not None and text[p.patient.head.start : p.patient.head.end] == "prisoner"
    # The noun's phrase stops before the verb: the verb's own date and place stay outside it.
    text = "Iran freed the five guards detained in Iraq on March 23."
    p = _pred(nlp, text, "detained")
    assert p.patient is not None and text[p.patient.extent.start : p.patient.extent.end] == "the five guards"


def test_a_when_clause_holds_the_time_phrase_it_follows(nlp: Language) -> None:
    text = "He said that in 2007 when he was arrested, the speaker welcomed it."
    p = _pred(nlp, text, "arrested")
    assert [text[w.start : w.end] for w in p.when] == ["in 2007"]
    # The phrase stays its head's: the clause's extent does not take it.
    assert text[p.extent.start : p.extent.end].startswith("when he was arrested")
    plain = "Police said he was arrested when he returned home."
    assert _pred(nlp, plain, "returned").when == ()


def test_a_conjoined_verb_shares_the_subject_before_it(nlp: Language) -> None:
    text = "Pinochet was granted amnesty at home but was arrested on Friday in London."
    p = _pred(nlp, text, "arrested")
    assert p.patient is not None and text[p.patient.head.start : p.patient.head.end] == "Pinochet"
    text = "The police stopped the car and arrested the driver."
    q = _pred(nlp, text, "arrested")
    assert q.agent is not None and text[q.agent.head.start : q.agent.head.end] == "police"
    text = "The driver was arrested and charged with theft."
    r = _pred(nlp, text, "charged")
    assert r.patient is not None and text[r.patient.head.start : r.patient.head.end] == "driver"


def test_a_possessive_is_no_subject(nlp: Language) -> None:
    # A typo ("his arrested" for "his arrest") parsed as a verb: "his" names no one arrested.
    text = "The chairperson at that time welcomed his arrested and made a speech."
    p = _pred(nlp, text, "arrested")
    assert p.agent is None and p.patient is None


def test_a_verb_conjoined_after_a_fronted_time_phrase_happened_then(nlp: Language) -> None:
    text = "Ten years ago, a gunman entered his church in Fort Worth and killed seven people."
    assert [text[w.start : w.end] for w in _pred(nlp, text, "killed").when] == ["Ten years ago"]
    plain = "A gunman entered his church and killed seven people."
    assert _pred(nlp, plain, "killed").when == ()


def test_what_a_plea_admits_or_denies_is_not_asserted(nlp: Language) -> None:
    assert not _asserted(nlp, "In the confession he admitted murdering the couple.", "murdering")
    assert not _asserted(nlp, "He pleaded guilty to killing his wife.", "killing")
    assert not _asserted(nlp, "He denied stabbing the guard.", "stabbing")
    assert _asserted(nlp, "He was charged after stabbing the guard.", "stabbing")


def test_what_a_verdict_names_is_the_crime_tried_but_a_charge_still_tells_it(nlp: Language) -> None:
    text = "Lopez was found guilty of slaying Horton and wounding two others."
    assert not _asserted(nlp, text, "slaying") and not _asserted(nlp, text, "wounding")
    assert not _asserted(nlp, "He was convicted of killing a guard.", "killing")
    assert _asserted(nlp, "A policeman charged with killing the boy was jailed.", "killing")
    assert _asserted(nlp, "The gunman killed two guards.", "killed")


def test_a_present_passive_tells_a_habit_not_an_act(nlp: Language) -> None:
    text = "Migrants due to be expelled are also detained there, often for months."
    assert not _asserted(nlp, text, "detained")
    assert _asserted(nlp, "Two migrants were detained there on Monday.", "detained")
    assert _asserted(nlp, "Two migrants have been detained there.", "detained")


def test_an_account_given_to_the_police_is_not_asserted(nlp: Language) -> None:
    text = "The mother called police, saying her daughter had been kidnapped, the investigator said."
    assert not _asserted(nlp, text, "kidnapped")
    assert not _asserted(nlp, "Witnesses told police the man had been shot.", "shot")
    assert _asserted(nlp, "Police said the man had been shot.", "shot")


def test_an_infinitive_takes_the_subject_of_the_verb_it_completes(nlp: Language) -> None:
    def head(text: str, verb: str, role: str) -> str | None:
        arg = getattr(_pred(nlp, text, verb), role)
        return None if arg is None else text[arg.head.start : arg.head.end]

    text = "Under the plan, Norvale plans to cut 3,000 jobs."
    assert head(text, "cut", "agent") == "Norvale"
    assert not _pred(nlp, text, "cut").asserted  # a plan, still not a cut
    assert head("He was ordered to leave the country.", "leave", "agent") == "He"
    # With an object the object may be the doer ("asked Cook to run it"): no doer is guessed.
    assert head("Ray Verth asked Ana Cook to run the company.", "run", "agent") is None


def test_weighing_an_act_is_not_doing_it(nlp: Language) -> None:
    assert not _asserted(nlp, "The minister is considering urging the council to close the port.", "urging")
    assert _asserted(nlp, "The minister is urging the council to close the port.", "urging")


def test_a_demand_is_made_of_the_active_doer_of_its_clause_not_of_a_passive_subject(nlp: Language) -> None:
    text = "The envoy demanded that Castria withdraw its troops."
    asked = _pred(nlp, text, "demanded").patient
    assert asked is not None and text[asked.head.start : asked.head.end] == "Castria"
    # "that Ilse be released": Ilse is whom the demand is about; whom it asks is not named.
    assert _pred(nlp, "The minister urged that Ilse be released.", "urged").patient is None


def test_a_gerund_after_a_preposition_takes_its_verbs_mood(nlp: Language) -> None:
    text = "Varn could start a war with Kesra either through a blockade or by attacking Dalvo."
    assert not _pred(nlp, text, "attacking").asserted
    assert _pred(nlp, "Rebels took the town by attacking its garrison at dawn.", "attacking").asserted
    assert _pred(nlp, "Orlov is accused of killing Tamsin at her home.", "killing").asserted


def test_a_present_tense_until_or_once_clause_tells_a_time_to_come(nlp: Language) -> None:
    text = "The workers will keep their pay until Dalvo Motors negotiates a new contract with the union."
    assert not _asserted(nlp, text, "negotiates")
    once = "The embargo stays in place once the army withdraws from the town."
    assert not _asserted(nlp, once, "withdraws")
    # In the past tense the clause tells what happened.
    past = "The workers kept their pay until Dalvo Motors negotiated a new contract."
    assert _asserted(nlp, past, "negotiated")
    assert _asserted(nlp, "The police arrested him before he attacked the guard.", "attacked")
    # ... unless it hangs on what should or would be done: then a past tense is still to come
    text = "Senator Ana Velo said Dalvia should limit its cooperation until the troops were withdrawn."
    assert not _asserted(nlp, text, "withdrawn")


def test_what_a_party_is_able_or_ready_to_do_is_not_asserted(nlp: Language) -> None:
    text = "Officers said the troops were capable of deploying 30,000 soldiers to the border."
    assert not _asserted(nlp, text, "deploying")
    assert not _asserted(nlp, "The Dalvo Front is ready to attack the capital.", "attack")
    assert not _asserted(nlp, "The rebels were likely to attack the capital.", "attack")
    # An implicative adjective tells what happened.
    assert _asserted(nlp, "The army was quick to attack the town.", "attack")
    assert _asserted(nlp, "The troops began deploying 30,000 soldiers to the border.", "deploying")


def test_an_intent_verb_the_lemmatizer_cuts_short_still_marks_intent(nlp: Language) -> None:
    # spaCy lemmatizes "hoping" as "hop": the verb's form is read too.
    text = "The rebels attacked the town, hoping to capture the governor."
    assert not _asserted(nlp, text, "capture")
    assert _asserted(nlp, text, "attacked")


def test_what_is_to_be_done_failed_or_held_back_is_not_asserted(nlp: Language) -> None:
    assert not _asserted(nlp, "The army is to withdraw its troops from the valley next month.", "withdraw")
    assert not _asserted(nlp, "The army failed to capture the town.", "capture")
    assert not _asserted(nlp, "The army refrained from attacking the town.", "attacking")
    assert not _asserted(nlp, "The army stopped short of attacking the town.", "attacking")
    assert not _asserted(nlp, "The police prevented the rebels from attacking the town.", "attacking")
    # What the army managed or was forced to do, it did.
    assert _asserted(nlp, "The army managed to capture the town.", "capture")
    assert _asserted(nlp, "The army was forced to withdraw its troops from the valley.", "withdraw")


def test_an_act_that_fell_short_is_not_asserted(nlp: Language) -> None:
    assert not _asserted(nlp, "The rebels nearly captured the town.", "captured")
    assert not _asserted(nlp, "The rebels came close to seizing the town.", "seizing")
    assert not _asserted(nlp, "The army has yet to attack the town.", "attack")
    # "Nearly" on a figure leaves the verb asserted.
    assert _asserted(nlp, "Nearly 200 people were killed in the town.", "killed")


def test_a_count_over_a_past_stretch_of_time_is_a_tally(nlp: Language) -> None:
    text = "The rebels have killed thousands of villagers over the past decade."
    assert not _asserted(nlp, text, "killed")
    assert not _asserted(nlp, "The rebels have killed 300 people in the last two years.", "killed")
    # One act in the past week is still one act.
    assert _asserted(nlp, "The rebels killed 30 soldiers in the valley over the past week.", "killed")


def test_a_gerund_after_without_is_not_asserted(nlp: Language) -> None:
    text = "Without attacking the capital, the rebels seized the port."
    assert not _asserted(nlp, text, "attacking")
    assert _asserted(nlp, text, "seized")


def test_what_only_seems_done_or_was_ended_is_not_asserted(nlp: Language) -> None:
    assert not _asserted(nlp, "The rebels appear to have attacked the convoy on Monday.", "attacked")
    assert not _asserted(nlp, "The militia seems to have seized the airport.", "seized")
    assert not _asserted(nlp, "The army stopped shelling the city on Monday.", "shelling")
    assert _asserted(nlp, "The rebels attacked the convoy on Monday.", "attacked")
    assert _asserted(nlp, "The convoy stopped to pick up the wounded.", "pick")


def test_the_main_act_is_the_root_or_what_saying_or_expecting_hands_on(nlp: Language) -> None:
    said = "Officials said the port will close on Tuesday."
    assert _pred(nlp, said, "close").main and not _pred(nlp, said, "said").main
    expected = "The storm is expected to reach the coast on Wednesday."
    assert _pred(nlp, expected, "reach").main and not _pred(nlp, expected, "expected").main
    estimated = "The package has been estimated to total $30 billion."
    assert _pred(nlp, estimated, "estimated").main and not _pred(nlp, estimated, "total").main


def test_a_possible_act_is_hypothetical_and_a_habit_is_not(nlp: Language) -> None:
    assert _pred(nlp, "The authority may close the port.", "close").hypothetical
    assert _pred(nlp, "Officials said the port would close.", "close").hypothetical
    assert _pred(nlp, "Rescuers failed to reach the miners.", "reach").hypothetical
    habit = _pred(nlp, "Prisoners are detained, often for months.", "detained")
    assert not habit.asserted and not habit.hypothetical
