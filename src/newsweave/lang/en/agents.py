"""Common nouns that name a party able to act (after PLOVER's agent classes: security forces, armed
groups, officials and governments, crowds and civilians). A verb's subject that is none of these, nor a
named party or a person pronoun, is not the doer of an event ("volatility threatening Brazil")."""

from __future__ import annotations

AGENT_NOUNS = frozenset({
    "police", "policeman", "policemen", "officer", "officers", "troops", "soldier", "soldiers", "army",
    "armies", "military", "force", "forces", "militia", "militias", "militant", "militants", "rebel",
    "rebels", "guerrilla", "guerrillas", "fighter", "fighters", "gunman", "gunmen", "insurgent",
    "insurgents", "terrorist", "terrorists", "attacker", "attackers", "assailant", "assailants",
    "kidnapper", "kidnappers", "captor", "captors", "bomber", "bombers", "government", "governments",
    "authorities", "authority", "official", "officials", "minister", "ministry", "president", "premier",
    "leader", "leaders", "regime", "administration", "parliament", "lawmakers", "legislators", "court",
    "judge", "prosecutor", "prosecutors", "agents", "agent", "guards", "guard", "protesters",
    "demonstrators", "students", "workers", "strikers", "crowd", "crowds", "mob", "residents", "villagers",
    "refugees", "civilians", "people", "men", "women", "group", "groups", "party", "coalition",
    "opposition", "navy", "marines", "commandos", "squad", "unit", "units", "security", "diplomats",
    "negotiators", "mediators", "envoy", "envoys", "delegation", "delegations", "spokesman", "spokeswoman",
})

# People a seizure takes, beside the agentive nouns: "seize" and "capture" are a SEIZE with no named party
# only when their patient is people (weave/events.py), and these are the people reports name so ("the
# sailors and marines were captured", MultiLing 2011 tune topics; "detained the 24-year-old woman", LGL).
PEOPLE_NOUNS = AGENT_NOUNS | frozenset({
    "man", "woman", "boy", "girl", "child", "children", "teen", "teens", "teenager", "teenagers", "person",
    "persons", "suspect", "suspects", "hostage", "hostages", "prisoner", "prisoners", "captive", "captives",
    "sailor", "sailors", "seamen", "crew", "crewmen", "personnel", "marine", "tourist", "tourists",
    "journalist", "journalists", "reporter", "reporters", "engineer", "engineers", "worker", "employee",
    "employees", "passengers", "dissident", "dissidents", "activist", "activists", "members",
})

# What a mobilization gathers beside people: followers and reinforcements, an army's units and its machines
# ("massed tanks on the border", "mobilized thousands of supporters"). A gathering of anything else is no
# mobilization ("assembled 40,000 cars", "gathered evidence": weave/events.py).
MUSTERED = PEOPLE_NOUNS | frozenset({
    "supporters", "followers", "volunteers", "recruits", "reservists", "reserves", "reinforcements",
    "backers", "loyalists", "partisans", "voters", "thousands", "hundreds", "dozens", "millions", "battalion",
    "battalions", "brigade", "brigades", "division", "divisions", "regiment", "regiments", "company",
    "companies", "platoon", "platoons", "army", "armies", "tanks", "warships", "ships", "vessels", "fleet",
    "jets", "aircraft", "planes", "warplanes", "helicopters", "missiles", "rockets", "artillery", "armour",
    "armor", "vehicles", "convoy", "convoys", "weapons", "arms", "carrier", "carriers", "destroyer",
    "destroyers", "frigate", "frigates", "submarine", "submarines", "drones", "batteries",
    "peacekeepers", "observers", "monitors", "inspectors", "rescuers", "firefighters", "medics",
})
