import { TINZAOUATEN_2024 } from "@/lib/anchoring/fixtures/corpus";
import { type CorpusSentence, checkCorpus, day, figure, said, year } from "@/lib/claims/parse/corpus/corpus-table";

/** The Tinzaouaten text, sentence by sentence; sentences with nothing to suggest are left out. */
const SENTENCES: CorpusSentence[] = [
  {
    sentence:
      "The Sahelien branch of al-Qaeda, Jama'at Nasr al-Islam wal-Muslimin (JNIM), also claims to have taken part in the battle against the Malian and Wagner forces, but CSP denied their involvement.",
    attributions: [said(["JNIM"], "affirmed", "claimed"), said(["CSP"], "denied")],
  },
  {
    sentence:
      "The ensuing fighting saw dozens of Malian and Wagner forces killed, injured or captured and resulted in the rebels claiming control of the commune.",
    // Killed, injured and captured together fit no single category: "other", for the user to narrow.
    figures: [figure("dozens", "vague", 12, 99, { category: "other", victimGroup: "soldiers" })],
    attributions: [said(["rebels"], "affirmed", "claimed")],
  },
  {
    sentence:
      "According to the pro-Russian news outlet African Initiative, the Wagner Group suffered at least 25 deaths, making the battle their most significant loss in Mali since their deployment in 2021[10] and one of the deadliest attacks on Russian personnel in Africa since 2017.",
    // "one of the deadliest attacks" counts nothing; 2021 and 2017 are years; [10] is a citation.
    figures: [figure("at least 25", "at_least", 25, null, { category: "killed" })],
    dates: [year("2021"), year("2017")],
    attributions: [said(["African Initiative"], null)],
  },
  {
    sentence:
      "On 20 July, a convoy of nearly 20 vehicles carrying FAMa soldiers and Wagner mercenaries engaged in a series of search operations in northern Mali",
    // The soldiers ride in the vehicles: the figure counts vehicles, so no victim group.
    // A convoy of vehicles and an armoured carrier are things, not people.
    figures: [],
    dates: [day("20 July", "2024-07-20")],
  },
  {
    sentence: "It was attacked by an improvised explosive device near the Tamassahart valley and one armoured personnel carrier was disabled",
    figures: [],
  },
  {
    sentence:
      "[13] The Alliance of Sahel States claimed that FAMa repelled the ambush and inflicted heavy casualties on Tuareg forces during the battle, with the group abandoning the bodies of its fighters.",
    // "heavy casualties" carries no number, not even a vague one.
    attributions: [said(["Alliance of Sahel States"], "affirmed", "claimed")],
  },
  {
    sentence: "[13] On 27 July, the CSP claimed victory in the battle, saying that it defeated and \"annihilated\" another Malian battalion",
    dates: [day("27 July", "2024-07-27")],
    attributions: [said(["CSP"], "affirmed", "claimed")],
  },
  {
    sentence: "the few survivors fled or surrendered and were taken prisoner",
    // Survivors are counted, vaguely, by what befell them after: "other", for the user to narrow.
    figures: [figure("few", "vague", 2, 9, { category: "other" })],
  },
  {
    sentence: "[3] On 29 July, the Kyiv Post reported that the rebels displayed a Ukrainian flag in a picture",
    dates: [day("29 July", "2024-07-29")],
    attributions: [said(["Kyiv Post"], "affirmed", "reported")],
  },
  {
    sentence:
      "[17] On 2 August, CSP said that 84 Wagner mercenaries and 47 Malian soldiers were killed in the battle, while 30 other troops, either dead or seriously injured, were evacuated by aircraft to Kidal, while losing nine of its own men.",
    figures: [
      figure("84", "exact", 84, 84, { category: "killed", victimGroup: "fighters" }),
      figure("47", "exact", 47, 47, { category: "killed", victimGroup: "soldiers" }),
      figure("30", "exact", 30, 30, { category: "killed_or_wounded", victimGroup: "soldiers" }),
      figure("nine", "exact", 9, 9, { category: "killed" }),
    ],
    dates: [day("2 August", "2024-08-02")],
    attributions: [said(["CSP"], "affirmed")],
  },
  {
    sentence: "[35] On 1 August, Russian foreign minister Sergey Lavrov pledged to continue economically and militarily supporting Mali's junta",
    dates: [day("1 August", "2024-08-01")],
  },
  {
    sentence:
      "CSP meanwhile condemned the strikes and said that the Burkinabe drone attack killed over 50 migrant workers at gold mines who came from Chad, Niger, and Sudan.",
    figures: [figure("over 50", "at_least", 51, null, { category: "killed", victimGroup: "civilians" })],
    attributions: [said(["CSP"], "affirmed")],
  },
  {
    sentence:
      '[38] On 4 August, Mali broke off diplomatic relations with Ukraine with immediate effect, after a senior Ukrainian official, according to Bamako, admitted Kyiv\'s "involvement" in this attack.',
    dates: [day("4 August", "2024-08-04")],
    attributions: [said(["a senior Ukrainian official", "Bamako"], "affirmed")],
  },
  {
    sentence:
      '[46] On 31 August 2024, Mali denounced Algeria to the UN and accused it of spreading "terrorist propaganda" after Algerian representative to the UN Ammar Benjamaa urged international accountability for the perpetrators of a drone strike in Tinzaouaten that killed 20 civilians.',
    figures: [figure("20", "exact", 20, 20, { category: "killed", victimGroup: "civilians" })],
    dates: [day("31 August 2024", "2024-08-31")],
    attributions: [said(["Mali"], "affirmed", "claimed")],
  },
];

checkCorpus("the Tinzaouaten text", TINZAOUATEN_2024, "2024-12-31", SENTENCES);
