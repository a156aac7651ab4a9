"""Two papers' stories for the tests of outlet homes learned across an ingest's batches."""

LOCAL = [  # a Louisiana paper's stories: three name the state, one names a town bare
    "Deputies arrested Jon Varga of Natchitoches, Louisiana, on Monday after a chase.",
    "The school board in Pineville, Louisiana, voted on Tuesday to repair the gym.",
    "Flood crews worked through the night in Lafayette, Louisiana, on Wednesday.",
    "Kira Lund of Alexandria was named principal of the middle school on Friday.",
]
ELSEWHERE = [  # another paper's, to compare with
    "The council of Duluth, Minnesota, met on Monday to discuss the harbour.",
    "Snow closed the roads near Bemidji, Minnesota, on Tuesday.",
    "A bakery opened in Rochester, Minnesota, on Friday.",
    "Fishermen in Grand Marais, Minnesota, landed a record catch on Thursday.",
]
