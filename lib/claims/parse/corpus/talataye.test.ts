import { TALATAYE_2022 } from "@/lib/anchoring/fixtures/corpus";
import { type CorpusSentence, checkCorpus, day, figure, month, said, year } from "@/lib/claims/parse/corpus/corpus-table";

/** "Battle of Talataye (2022)", sentence by sentence; sentences with nothing to suggest are left out. */
const SENTENCES: CorpusSentence[] = [
  { sentence: "= Battle of Talataye (2022) =", dates: [year("2022")] },
  { sentence: "- Conflict: Battle of Talataye (2022)", dates: [year("2022")] },
  { sentence: "- Date: 6–7 September 2022", dates: [day("6–7 September 2022", "2022-09-06", "2022-09-07")] },
  { sentence: "- Strength2: Several hundred", figures: [figure("Several hundred", "vague", 200, 900)] },
  {
    sentence: "- Casualties1: 60+ (per IS) 17+ (per ACLED), 4 (per MSA)",
    figures: [figure("60+", "at_least", 60, null), figure("17+", "at_least", 17, null), figure("4", "exact", 4, 4)],
    attributions: [said(["IS"], null), said(["ACLED"], null), said(["MSA"], null)],
  },
  {
    sentence: "- Casualties3: 30–45+ civilians killed (per local officials)",
    figures: [figure("30–45+", "range", 30, null, { category: "killed", victimGroup: "civilians" })],
    attributions: [said(["local officials"], null)],
  },
  {
    sentence: "The Battle of Talataye took place between 6 and 7 September 2022 during the Menaka offensives of the Mali War.",
    dates: [day("between 6 and 7 September 2022", "2022-09-06", "2022-09-07")],
  },
  {
    sentence: "In March 2022, Islamic State in the Greater Sahara (ISGS) militants launched an offensive in the Ménaka Region",
    dates: [month("March 2022", "2022-03-01", "2022-03-31")],
  },
  {
    sentence: "These captures were accompanied by massacres, with 300 to 700 Tuareg civilians being killed between March and August 2022.",
    figures: [figure("300 to 700", "range", 300, 700, { category: "killed", victimGroup: "civilians" })],
    dates: [month("between March and August 2022", "2022-03-01", "2022-08-31")],
  },
  {
    sentence: "The uptick in violence caused 50,000 civilians to flee to the regional capital of Ménaka.",
    figures: [figure("50,000", "exact", 50_000, 50_000, { category: "displaced", victimGroup: "civilians" })],
  },
  {
    sentence: "Talataye had 13,000 inhabitants in 2009, although many had fled due to violence from the war in the years after.",
    // A population, not a count of victims: no category; "many" is kept, with no interval.
    figures: [
      // A count of people with no harm to it: "other", as the gold set's guide has it.
      figure("13,000", "exact", 13_000, 13_000, { category: "other", victimGroup: "civilians" }),
      figure("many", "vague", null, null, { category: "displaced" }),
    ],
    dates: [year("2009")],
  },
  {
    sentence: "Throughout March 2022, jihadists from Jama'at Nasr al-Islam wal Muslimin (JNIM)",
    dates: [month("March 2022", "2022-03-01", "2022-03-31")],
  },
  {
    sentence: "At least 100 civilians were killed in Talataye in an ISGS attack on the town between March 21 and 23.",
    figures: [figure("At least 100", "at_least", 100, null, { category: "killed", victimGroup: "civilians" })],
    dates: [day("between March 21 and 23", "2022-03-21", "2022-03-23")],
  },
  {
    sentence: "The Islamic State attacked Talataye in the afternoon of September 6, at 3:00 pm local time.",
    dates: [day("September 6", "2022-09-06")],
  },
  {
    sentence: 'ISGS, under the leadership of a man called "Hicham", launched an assault with several hundred men on motorcycles',
    figures: [figure("several hundred", "vague", 200, 900, { category: "other" })],
  },
  {
    sentence: "The offensive was conducted on several axes",
    // Axes, hours, vehicles: counts of things and spans of time are no claims about people.
    figures: [],
  },
  {
    sentence: "After three to four hours of fighting, Talataye fell under Islamic State control.",
    figures: [],
  },
  {
    sentence:
      'The Malian government stated in a press release that it had conducted "offensive reconnaissance" with its air force during the battle.',
    attributions: [said(["Malian government"], "affirmed")],
  },
  {
    sentence: "Journalist stated that while airstrikes occurred, they were likely ineffective as ISGS had already moved positions.",
    attributions: [said(["Journalist"], "affirmed")],
  },
  {
    sentence: "This claim was disputed by Le Monde, which stated that airstrikes did not occur, citing local sources.",
    attributions: [said(["local sources", "Le Monde"], "denied", "disputed")],
  },
  {
    sentence:
      'RFI claimed that losses for both ISGS and JNIM would be "numerous", although the MSA stated only four soldiers were killed by ISGS.',
    figures: [
      figure("numerous", "vague", null, null, { category: "killed_or_wounded" }),
      figure("only four", "exact", 4, 4, { category: "killed", victimGroup: "soldiers" }),
    ],
    attributions: [said(["RFI"], "affirmed", "claimed"), said(["MSA"], "affirmed")],
  },
  {
    sentence: "Several dozen civilians were killed in the fighting.",
    figures: [figure("Several dozen", "vague", 24, 99, { category: "killed", victimGroup: "civilians" })],
  },
  {
    sentence:
      "A local elected official in Talataye reported the deaths of at least 45 inhabitants, while an MSA official claimed 30 civilians were killed, including children.",
    figures: [
      figure("at least 45", "at_least", 45, null, { category: "killed", victimGroup: "civilians" }),
      figure("30", "exact", 30, 30, { category: "killed", victimGroup: "civilians" }),
    ],
    attributions: [said(["a local elected official"], "affirmed", "reported"), said(["an MSA official"], "affirmed", "claimed")],
  },
  {
    sentence: "ACLED reported the deaths of at least 30 civilians, 17 ISGS militants, and 3 Tuareg militiamen from the MSA.",
    figures: [
      figure("at least 30", "at_least", 30, null, { category: "killed", victimGroup: "civilians" }),
      figure("17", "exact", 17, 17, { category: "killed", victimGroup: "fighters" }),
      figure("3", "exact", 3, 3, { category: "killed", victimGroup: "fighters" }),
    ],
    attributions: [said(["ACLED"], "affirmed", "reported")],
  },
  {
    // The article's sentence is cut short after "100 civilians": both figures share one clause and its "killed".
    sentence:
      "The United Nations reported that 100 civilians ACLED also stated that 900 civilians had been killed in the surrounding area since the ISGS offensives in March.",
    figures: [
      // The sentence lost its verb ("100 civilians [were killed]"): its own words say only that 100 are civilians.
      figure("100", "exact", 100, 100, { category: "other", victimGroup: "civilians" }),
      figure("900", "exact", 900, 900, { category: "killed", victimGroup: "civilians" }),
    ],
    dates: [month("March", "2022-03-01", "2022-03-31")],
    attributions: [said(["United Nations"], "affirmed", "reported"), said(["ACLED"], "affirmed")],
  },
  {
    sentence: "2,400 civilians fled from Talataye preceding and following the battle.",
    figures: [figure("2,400", "exact", 2_400, 2_400, { category: "displaced", victimGroup: "civilians" })],
  },
];

checkCorpus("the Talataye article", TALATAYE_2022, "2022-12-31", SENTENCES);
