//! The drug vocabulary: generic and brand names mapped to a drug class.
//!
//! Written from general pharmacology (the classes and names found in any
//! drug reference), not from the letters at hand, so that items naming drugs
//! the development letters never mention still get a class. [`CLASSES`] is
//! ordered by precedence: when an item names drugs of several classes
//! ("Norco and Soma"), the class listed first wins, whatever the order of
//! the names in the text. Words for a class as a whole ("opioids", "stool
//! softener") count only when no drug is named, so the reason given for a
//! drug ("Zofran for nausea from opioids") does not outrank the drug.
//!
//! Names are matched as whole words, ignoring case: the item text is cut into
//! runs of ASCII letters and digits, and each run, each pair and each triple
//! of neighbouring runs is looked up. Names of several words or with hyphens
//! are written with single spaces ("ms contin" also matches "MS-Contin").
//! A run ending in an `s` also matches the name without it when that name is
//! long enough not to be a mistake ("Percocets", "NSAIDs"), and a run with a
//! strength glued to it ("Norco10", "Soma350mg") matches the name before the
//! digits.

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// One drug class: its facet path, the names of its drugs, and the words
/// that name the class itself. Lists are lower case and separated by commas,
/// the words of a name by one space.
#[derive(Debug, Clone, Copy)]
pub struct DrugClass {
    /// Facet path, under `/Pharmaceuticals/`.
    pub path: &'static str,
    /// Generic and brand names of the class's drugs.
    pub names: &'static str,
    /// Words for the class as a whole ("opioid", "stool softener"); they
    /// decide only when the item names no drug, so "Zofran for nausea from
    /// opioids" is an antiemetic.
    pub class_words: &'static str,
}

/// Drug classes in precedence order.
pub const CLASSES: &[DrugClass] = &[
    DrugClass {
        path: "/Pharmaceuticals/Opioids",
        // hydrocodone and its combinations; oxycodone; tramadol, tapentadol; morphine,
        // hydromorphone, oxymorphone; fentanyl, methadone, others; buprenorphine (a
        // partial agonist; with naloxone still an opioid).
        names: "hydrocodone, norco, vicodin, lortab, lorcet, hycet, xodol, verdrocet, zohydro, \
             hysingla, vicoprofen, reprexain, ibudone, apadaz, benzhydrocodone, oxycodone, \
             percocet, percodan, oxycontin, roxicodone, roxicet, endocet, endodan, xtampza, \
             roxybond, oxaydo, primlev, nalocet, prolate, xartemis, targiniq, troxyca, \
             tramadol, ultram, ultracet, conzip, ryzolt, rybix, seglentis, tapentadol, \
             nucynta, morphine, ms contin, mscontin, kadian, avinza, embeda, arymo, \
             morphabond, hydromorphone, dilaudid, exalgo, oxymorphone, opana, fentanyl, \
             duragesic, fentora, actiq, abstral, subsys, lazanda, methadone, dolophine, \
             methadose, levorphanol, meperidine, demerol, pentazocine, talwin, butorphanol, \
             stadol, nalbuphine, nubain, oliceridine, olinvyk, codeine, dihydrocodeine, \
             trezix, tylenol codeine, propoxyphene, darvocet, darvon, buprenorphine, \
             butrans, belbuca, buprenex, suboxone, subutex, zubsolv, bunavail, sublocade, \
             probuphine",
        class_words: "opioid, opioids, opiate, opiates, narcotic, narcotics",
    },
    DrugClass {
        path: "/Pharmaceuticals/NSAIDs",
        names: "naproxen, anaprox, naprosyn, naprelan, aleve, ibuprofen, motrin, advil, \
             diclofenac, voltaren, cataflam, arthrotec, zipsor, cambia, zorvolex, \
             meloxicam, mobic, vivlodex, anjeso, qmiiz, celecoxib, celebrex, elyxyb, \
             etodolac, lodine, nabumetone, relafen, ketoprofen, ketorolac, toradol, sprix, \
             flurbiprofen, ansaid, indomethacin, indocin, tivorbex, piroxicam, feldene, \
             oxaprozin, daypro, sulindac, clinoril, fenoprofen, nalfon, diflunisal, \
             dolobid, salsalate, disalcid, meclofenamate, mefenamic, ponstel, tolmetin, \
             choline magnesium, trilisate, duexis, vimovo, consensi, aspirin, ecotrin, \
             excedrin",
        class_words: "nsaid, nsaids, nonsteroidal, non steroidal, anti inflammatory, anti \
             inflammatories, antiinflammatory, antiinflammatories, cox 2",
    },
    DrugClass {
        path: "/Pharmaceuticals/Muscle Relaxants",
        names: "cyclobenzaprine, flexeril, fexmid, amrix, carisoprodol, soma, vanadom, \
             tizanidine, zanaflex, methocarbamol, robaxin, baclofen, lioresal, ozobax, \
             lyvispah, gablofen, orphenadrine, norflex, norgesic, metaxalone, skelaxin, \
             metaxall, chlorzoxazone, parafon, lorzone, dantrolene, dantrium",
        class_words: "muscle relaxant, muscle relaxants, muscle relaxer, muscle relaxers",
    },
    DrugClass {
        path: "/Pharmaceuticals/Anticonvulsants",
        names: "gabapentin, neurontin, gralise, horizant, gabapentin enacarbil, pregabalin, \
             lyrica, topiramate, topamax, trokendi, qudexy, carbamazepine, tegretol, \
             carbatrol, equetro, oxcarbazepine, trileptal, oxtellar, lamotrigine, lamictal, \
             levetiracetam, keppra, divalproex, depakote, valproic, valproate, depakene, \
             zonisamide, zonegran, lacosamide, vimpat, phenytoin, dilantin, tiagabine, \
             gabitril, clobazam, onfi, brivaracetam, briviact, eslicarbazepine, aptiom",
        class_words: "anticonvulsant, anticonvulsants, anti convulsant, anti convulsants, \
             antiepileptic, antiepileptics, anti epileptic, anti epileptics",
    },
    DrugClass {
        path: "/Pharmaceuticals/Antidepressants",
        // tricyclics; SNRIs; SSRIs; others.
        names: "amitriptyline, elavil, nortriptyline, pamelor, aventyl, desipramine, \
             norpramin, imipramine, tofranil, doxepin, sinequan, clomipramine, anafranil, \
             protriptyline, trimipramine, amoxapine, duloxetine, cymbalta, drizalma, \
             venlafaxine, effexor, desvenlafaxine, pristiq, khedezla, milnacipran, savella, \
             levomilnacipran, fetzima, sertraline, zoloft, citalopram, celexa, \
             escitalopram, lexapro, fluoxetine, prozac, sarafem, paroxetine, paxil, pexeva, \
             fluvoxamine, luvox, trazodone, desyrel, oleptro, nefazodone, bupropion, \
             wellbutrin, zyban, aplenzin, forfivo, mirtazapine, remeron, vilazodone, \
             viibryd, vortioxetine, trintellix, brintellix, phenelzine, nardil, \
             tranylcypromine, parnate, selegiline, emsam, auvelity",
        class_words: "antidepressant, antidepressants, anti depressant, anti depressants, ssri, \
             ssris, snri, snris, tricyclic, tricyclics, tca, tcas",
    },
    DrugClass {
        path: "/Pharmaceuticals/Sleep Aids",
        names: "zolpidem, ambien, intermezzo, edluar, zolpimist, eszopiclone, lunesta, \
             zaleplon, sonata, temazepam, restoril, triazolam, halcion, flurazepam, \
             dalmane, estazolam, prosom, quazepam, ramelteon, rozerem, suvorexant, \
             belsomra, lemborexant, dayvigo, daridorexant, quviviq, silenor, doxylamine, \
             unisom, melatonin",
        class_words: "sleep aid, sleep aids, sleep medication, sleep medications, sleeping pill, \
             sleeping pills, hypnotic, hypnotics",
    },
    DrugClass {
        path: "/Pharmaceuticals/Benzodiazepines",
        names: "diazepam, valium, alprazolam, xanax, clonazepam, klonopin, lorazepam, ativan, \
             chlordiazepoxide, librium, librax, oxazepam, serax, clorazepate, tranxene",
        class_words: "benzodiazepine, benzodiazepines, benzo, benzos",
    },
    DrugClass {
        path: "/Pharmaceuticals/PPIs",
        names: "omeprazole, prilosec, zegerid, pantoprazole, protonix, lansoprazole, prevacid, \
             esomeprazole, nexium, rabeprazole, aciphex, dexlansoprazole, dexilant",
        class_words: "proton pump inhibitor, proton pump inhibitors, ppi, ppis",
    },
    DrugClass {
        path: "/Pharmaceuticals/Medical Foods",
        names: "theramine, sentra, trepadone, gabadone, percura, hypertensa, apptrim, deplin, \
             metanx, limbrel, fosteum",
        class_words: "medical food, medical foods",
    },
    DrugClass {
        path: "/Pharmaceuticals/Barbiturate Combinations",
        names: "butalbital, fioricet, fiorinal, esgic, zebutal, bupap, allzital, phrenilin, \
             tencon, vtol",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Migraine Drugs",
        names: "sumatriptan, imitrex, treximet, zembrace, onzetra, tosymra, rizatriptan, \
             maxalt, zolmitriptan, zomig, eletriptan, relpax, naratriptan, amerge, \
             frovatriptan, frova, almotriptan, axert, ergotamine, cafergot, \
             dihydroergotamine, migranal, trudhesa, erenumab, aimovig, fremanezumab, ajovy, \
             galcanezumab, emgality, eptinezumab, vyepti, rimegepant, nurtec, ubrogepant, \
             ubrelvy, atogepant, qulipta, lasmiditan, reyvow, midrin",
        class_words: "triptan, triptans",
    },
    DrugClass {
        path: "/Pharmaceuticals/Antiemetics",
        names: "ondansetron, zofran, zuplenz, granisetron, kytril, sancuso, dolasetron, \
             anzemet, palonosetron, promethazine, phenergan, prochlorperazine, compazine, \
             metoclopramide, reglan, trimethobenzamide, tigan, scopolamine, transderm scop, \
             meclizine, antivert, dimenhydrinate, dramamine, aprepitant, emend",
        class_words: "antiemetic, antiemetics, anti emetic, anti emetics, anti nausea",
    },
    DrugClass {
        path: "/Pharmaceuticals/H2 Blockers",
        names: "ranitidine, zantac, famotidine, pepcid, cimetidine, tagamet, nizatidine, axid",
        class_words: "h2 blocker, h2 blockers, h2 antagonist, h2 antagonists",
    },
    DrugClass {
        path: "/Pharmaceuticals/Other Gastrointestinal",
        names: "sucralfate, carafate, misoprostol, cytotec, tums, maalox, mylanta, gaviscon, \
             rolaids, simethicone, gas x, dicyclomine, bentyl, hyoscyamine, levsin, \
             loperamide, imodium, lomotil, diphenoxylate, bismuth, pepto bismol",
        class_words: "antacid, antacids",
    },
    DrugClass {
        path: "/Pharmaceuticals/Laxatives",
        names: "docusate, colace, dss, senna, senokot, sennosides, sennoside, peri colace, \
             pericolace, bisacodyl, dulcolax, polyethylene glycol, miralax, glycolax, \
             lactulose, enulose, kristalose, magnesium citrate, milk of magnesia, psyllium, \
             metamucil, methylcellulose, citrucel, fibercon, benefiber, lubiprostone, \
             amitiza, linaclotide, linzess, plecanatide, trulance, naloxegol, movantik, \
             methylnaltrexone, relistor, naldemedine, symproic",
        class_words: "stool softener, stool softeners, laxative, laxatives",
    },
    DrugClass {
        path: "/Pharmaceuticals/Corticosteroids",
        names: "prednisone, deltasone, rayos, prednisolone, orapred, millipred, \
             methylprednisolone, medrol, dosepak, dosepack, dexamethasone, decadron, \
             hydrocortisone, cortef, prednisone taper",
        class_words: "oral steroid, oral steroids, corticosteroid, corticosteroids",
    },
    DrugClass {
        path: "/Pharmaceuticals/Antihistamines",
        names: "hydroxyzine, vistaril, atarax, diphenhydramine, benadryl, cetirizine, zyrtec, \
             levocetirizine, xyzal, loratadine, claritin, desloratadine, clarinex, \
             fexofenadine, allegra, chlorpheniramine, cyproheptadine, periactin",
        class_words: "antihistamine, antihistamines",
    },
    DrugClass {
        path: "/Pharmaceuticals/Antipsychotics",
        names: "quetiapine, seroquel, aripiprazole, abilify, olanzapine, zyprexa, risperidone, \
             risperdal, ziprasidone, geodon, lurasidone, latuda, brexpiprazole, rexulti, \
             cariprazine, vraylar, paliperidone, invega, haloperidol, haldol, \
             chlorpromazine, thorazine, perphenazine, clozapine, clozaril, lithium, \
             lithobid",
        class_words: "antipsychotic, antipsychotics",
    },
    DrugClass {
        path: "/Pharmaceuticals/Stimulants",
        names: "modafinil, provigil, armodafinil, nuvigil, solriamfetol, sunosi, \
             methylphenidate, ritalin, concerta, metadate, dexmethylphenidate, focalin, \
             amphetamine, adderall, dextroamphetamine, dexedrine, lisdexamfetamine, \
             vyvanse, atomoxetine, strattera",
        class_words: "stimulant, stimulants",
    },
    DrugClass {
        path: "/Pharmaceuticals/Erectile Dysfunction",
        names: "sildenafil, viagra, revatio, tadalafil, cialis, vardenafil, levitra, staxyn, \
             avanafil, stendra, alprostadil, caverject, edex",
        class_words: "erectile dysfunction, pde5, pde 5",
    },
    DrugClass {
        path: "/Pharmaceuticals/Hormones",
        names: "testosterone, androgel, androderm, axiron, fortesta, testim, vogelxo, aveed, \
             xyosted, jatenzo, depo testosterone, estradiol, estrogen, premarin, \
             progesterone, medroxyprogesterone, depo provera, provera, levothyroxine, \
             synthroid, levoxyl, unithroid, liothyronine, cytomel, armour thyroid, \
             clomiphene, anastrozole, dhea",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Opioid Antagonists",
        names: "naloxone, narcan, evzio, kloxxado, zimhi, naltrexone, revia, vivitrol, \
             nalmefene",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Cannabinoids",
        names: "dronabinol, marinol, syndros, nabilone, cesamet, cannabidiol, epidiolex, cbd, \
             cannabis, marijuana, medical marijuana",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Cardiovascular",
        // ACE inhibitors and ARBs; beta blockers; calcium channel blockers; diuretics;
        // other antihypertensives and heart drugs; lipid lowering.
        names: "lisinopril, zestril, prinivil, enalapril, vasotec, benazepril, lotensin, \
             ramipril, altace, quinapril, accupril, losartan, cozaar, hyzaar, valsartan, \
             diovan, irbesartan, avapro, olmesartan, benicar, telmisartan, micardis, \
             candesartan, atacand, metoprolol, lopressor, toprol, atenolol, tenormin, \
             propranolol, inderal, carvedilol, coreg, bisoprolol, nadolol, labetalol, \
             nebivolol, bystolic, amlodipine, norvasc, nifedipine, procardia, adalat, \
             diltiazem, cardizem, verapamil, calan, felodipine, hydrochlorothiazide, hctz, \
             chlorthalidone, furosemide, lasix, bumetanide, torsemide, spironolactone, \
             aldactone, triamterene, maxzide, dyazide, clonidine, catapres, kapvay, \
             guanfacine, intuniv, hydralazine, prazosin, minipress, terazosin, \
             doxazosin, cardura, digoxin, lanoxin, amiodarone, nitroglycerin, isosorbide, \
             ranolazine, ranexa, atorvastatin, lipitor, simvastatin, zocor, rosuvastatin, \
             crestor, pravastatin, pravachol, lovastatin, ezetimibe, zetia, fenofibrate, \
             tricor, gemfibrozil",
        class_words: "statin, statins, antihypertensive, antihypertensives, blood pressure \
             medication, blood pressure medications, beta blocker, beta blockers",
    },
    DrugClass {
        path: "/Pharmaceuticals/Diabetes",
        names: "metformin, glucophage, glipizide, glucotrol, glyburide, glimepiride, amaryl, \
             pioglitazone, actos, sitagliptin, januvia, janumet, linagliptin, tradjenta, \
             saxagliptin, empagliflozin, jardiance, dapagliflozin, farxiga, canagliflozin, \
             invokana, liraglutide, victoza, saxenda, semaglutide, ozempic, wegovy, \
             rybelsus, dulaglutide, trulicity, exenatide, byetta, tirzepatide, mounjaro, \
             insulin, lantus, levemir, humalog, novolog, novolin, humulin, tresiba, \
             basaglar, toujeo",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Anticoagulants",
        names: "warfarin, coumadin, jantoven, rivaroxaban, xarelto, apixaban, eliquis, \
             dabigatran, pradaxa, edoxaban, savaysa, enoxaparin, lovenox, heparin, \
             fondaparinux, arixtra, dalteparin, fragmin, clopidogrel, plavix, prasugrel, \
             effient, ticagrelor, brilinta, cilostazol",
        class_words: "anticoagulant, anticoagulants, blood thinner, blood thinners",
    },
    DrugClass {
        path: "/Pharmaceuticals/Anti-infectives",
        // antibiotics; antivirals and antifungals.
        names: "cephalexin, keflex, cefadroxil, cefuroxime, ceftin, cefdinir, ceftriaxone, \
             rocephin, amoxicillin, augmentin, penicillin, ampicillin, dicloxacillin, \
             azithromycin, zithromax, z pak, zpak, clarithromycin, erythromycin, \
             ciprofloxacin, cipro, levofloxacin, levaquin, moxifloxacin, doxycycline, \
             minocycline, tetracycline, bactrim, septra, sulfamethoxazole, trimethoprim, \
             clindamycin, cleocin, metronidazole, flagyl, nitrofurantoin, macrobid, \
             vancomycin, linezolid, rifampin, mupirocin, bactroban, acyclovir, \
             valacyclovir, valtrex, famciclovir, oseltamivir, tamiflu, fluconazole, \
             diflucan, terbinafine, lamisil, nystatin",
        class_words: "antibiotic, antibiotics, antiviral, antivirals, antifungal, antifungals",
    },
    DrugClass {
        path: "/Pharmaceuticals/Vitamins and Supplements",
        names: "vitamin, vitamins, multivitamin, multivitamins, b12, b 12, cyanocobalamin, \
             methylcobalamin, cobalamin, folic acid, folate, thiamine, niacin, biotin, \
             ergocalciferol, cholecalciferol, calcitriol, calcium, magnesium, potassium, \
             zinc, iron, ferrous, glucosamine, chondroitin, cosamin, osteo bi flex, osteo \
             biflex, msm, fish oil, omega 3, turmeric, curcumin, coq10, coenzyme q10, \
             probiotic, probiotics, alpha lipoic, lipoic acid, 5 htp, sam e, valerian, john \
             s wort, johns wort, ginkgo, collagen, protein powder",
        class_words: "supplement, supplements, nutritional supplement, dietary supplement",
    },
    DrugClass {
        path: "/Pharmaceuticals/Topicals",
        names: "lidoderm, ztlido, lidopro, lidothol, lidovex, terocin, flector, pennsaid, \
             licart, capsaicin, capzasin, zostrix, qutenza, menthoderm, medrox, dendracin, \
             biofreeze, bengay, ben gay, salonpas, icy hot, icyhot, aspercreme, tiger balm, \
             absorbine, sportscreme, theraflex, ziliretin, emla, trolamine, methyl \
             salicylate, camphor, menthol",
        class_words: "",
    },
    DrugClass {
        path: "/Pharmaceuticals/Other",
        // a known drug of no class listed above.
        names: "acetaminophen, tylenol, apap, paracetamol, ofirmev, buspirone, buspar, \
             varenicline, chantix, nicotine, nicoderm, nicorette, oxybutynin, ditropan, \
             tamsulosin, flomax, finasteride, alendronate, fosamax, allopurinol, \
             colchicine, ropinirole, requip, pramipexole, mirapex, donepezil, memantine, \
             fluticasone, flonase, albuterol, proair, ventolin, montelukast, singulair, \
             budesonide, symbicort, advair, inhaler, inhalers, \
             propofol",
        class_words: "",
    },
];

/// Every name and class word of [`CLASSES`], built once.
static NAMES: Lazy<HashMap<&'static str, Hit>> = Lazy::new(|| {
    let mut names = HashMap::new();
    for (class, c) in CLASSES.iter().enumerate() {
        let drugs = names_of(c.names).map(|n| (n, false));
        let words = names_of(c.class_words).map(|n| (n, true));
        for (name, class_word) in drugs.chain(words) {
            // The first (highest-precedence) class listing a name keeps it.
            names.entry(name).or_insert(Hit { class, class_word });
        }
    }
    names
});

/// What a name stands for: the index of its class in [`CLASSES`], and
/// whether it is a word for the class rather than a drug's name.
#[derive(Debug, Clone, Copy)]
struct Hit {
    class: usize,
    class_word: bool,
}

/// The names of one class's comma-separated list.
fn names_of(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split(',').map(str::trim).filter(|n| !n.is_empty())
}

/// Shortest name that also matches with an `s` after it ("norcos"); shorter
/// names ("ppi", "soma") are listed with their plural where it exists.
const MIN_PLURAL_STEM: usize = 5;

/// Units a strength glued to a name may end in, longest first.
const UNITS: &[&str] = &["mcg", "meq", "mg", "ml", "gm", "iu", "g"];

/// Shortest name that also matches with a strength glued after it
/// ("soma350"); one to three letters before digits ("b12", "q10") are not
/// taken for a name.
const MIN_GLUED_STEM: usize = 4;

/// The class index of one run of the item text (or of several runs joined by
/// spaces), trying the plural and glued-strength forms.
fn lookup(word: &str) -> Option<Hit> {
    if let Some(&hit) = NAMES.get(word) {
        return Some(hit);
    }
    // Words are ASCII, so every byte index is a character boundary.
    if let Some(stem) = word.strip_suffix('s') {
        if stem.len() >= MIN_PLURAL_STEM {
            if let Some(&hit) = NAMES.get(stem) {
                return Some(hit);
            }
        }
    }
    // A strength glued on, with or without its unit: "norco10", "soma350mg".
    let strength = UNITS
        .iter()
        .find_map(|u| {
            word.strip_suffix(u)
                .filter(|w| w.ends_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(word);
    let letters = strength.trim_end_matches(|c: char| c.is_ascii_digit());
    if letters.len() != word.len() && letters.len() >= MIN_GLUED_STEM && !word.contains(' ') {
        return NAMES.get(letters).copied();
    }
    None
}

/// The facet path of the highest-precedence drug class whose drugs the text
/// names; failing a drug's name, of the highest-precedence class named by a
/// class word ("muscle relaxant"); `None` when it names neither.
///
/// ```
/// use imr_letter::normalize::service::drugs::class;
/// assert_eq!(class("Famotidine 20mg #60"), Some("/Pharmaceuticals/H2 Blockers"));
/// assert_eq!(class("Norco and Soma"), Some("/Pharmaceuticals/Opioids"));
/// assert_eq!(class("Physical therapy"), None);
/// ```
pub fn class(text: &str) -> Option<&'static str> {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // Best class by a drug's name, and by a class word.
    let mut by_name: Option<usize> = None;
    let mut by_word: Option<usize> = None;
    let mut phrase = String::new();
    for start in 0..words.len() {
        phrase.clear();
        for (n, w) in words[start..].iter().take(3).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
            if let Some(hit) = lookup(&phrase) {
                let best = if hit.class_word {
                    &mut by_word
                } else {
                    &mut by_name
                };
                *best = Some(best.map_or(hit.class, |b| b.min(hit.class)));
            }
        }
    }
    by_name
        .or(by_word)
        .and_then(|i| CLASSES.get(i))
        .map(|c| c.path)
}

/// Every path [`class`] can return.
pub fn paths() -> impl Iterator<Item = &'static str> {
    CLASSES.iter().map(|c| c.path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_single_spaced_and_listed_once() {
        let mut seen = HashMap::new();
        for c in CLASSES {
            let path = c.path;
            assert!(path.starts_with("/Pharmaceuticals/"), "{path}");
            for w in names_of(c.names).chain(names_of(c.class_words)) {
                let norm: String = w
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_ascii_lowercase();
                assert_eq!(norm, w, "{path}: name {w:?} is not in lookup form");
                assert!(w.split(' ').count() <= 3, "{w:?}: at most three words");
                if let Some(other) = seen.insert(w, path) {
                    panic!("{w:?} is listed under both {other} and {path}");
                }
            }
        }
    }

    #[test]
    fn forms_of_a_name() {
        assert_eq!(class("MS-Contin 15mg"), Some("/Pharmaceuticals/Opioids"));
        assert_eq!(class("Percocets"), Some("/Pharmaceuticals/Opioids"));
        assert_eq!(class("Norco10/325"), Some("/Pharmaceuticals/Opioids"));
        assert_eq!(
            class("Soma350mg"),
            Some("/Pharmaceuticals/Muscle Relaxants")
        );
        assert_eq!(class("NSAIDs"), Some("/Pharmaceuticals/NSAIDs"));
        assert_eq!(class("Anti-inflammatory"), Some("/Pharmaceuticals/NSAIDs"));
        assert_eq!(
            class("Vitamin B-12"),
            Some("/Pharmaceuticals/Vitamins and Supplements")
        );
        // Short names need their own plural; "ppis" is listed, "somas" not.
        assert_eq!(class("PPIs"), Some("/Pharmaceuticals/PPIs"));
        // Words inside other words do not count.
        assert_eq!(class("Somatic dysfunction"), None);
        assert_eq!(class("Pegboard"), None);
        assert_eq!(class(""), None);
        assert_eq!(
            class("\u{2019}Pepcid\u{2013}"),
            Some("/Pharmaceuticals/H2 Blockers")
        );
    }

    #[test]
    fn the_earlier_class_wins() {
        assert_eq!(class("Soma and Norco"), Some("/Pharmaceuticals/Opioids"));
        assert_eq!(
            class("Colace with Percocet"),
            Some("/Pharmaceuticals/Opioids")
        );
        assert_eq!(
            class("Fioricet with codeine"),
            Some("/Pharmaceuticals/Opioids")
        );
        assert_eq!(class("Suboxone film"), Some("/Pharmaceuticals/Opioids"));
    }

    #[test]
    fn a_drug_name_beats_a_class_word() {
        assert_eq!(
            class("Zofran for nausea from opioids"),
            Some("/Pharmaceuticals/Antiemetics")
        );
        assert_eq!(
            class("Docusate for constipation while on narcotics"),
            Some("/Pharmaceuticals/Laxatives")
        );
        // Class words alone still decide, the earlier class first.
        assert_eq!(
            class("Muscle relaxant or NSAID"),
            Some("/Pharmaceuticals/NSAIDs")
        );
        assert_eq!(class("Stool softener"), Some("/Pharmaceuticals/Laxatives"));
    }
}
