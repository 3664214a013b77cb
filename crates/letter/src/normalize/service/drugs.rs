//! The drug vocabulary: generic and brand names mapped to a drug class.
//!
//! Written from general pharmacology (the classes and names found in any
//! drug reference), not from the letters at hand, so that items naming drugs
//! the development letters never mention still get a class. [`CLASSES`] is
//! ordered by precedence: when an item names drugs of several classes
//! ("Norco and Soma"), the class listed first wins, whatever the order of
//! the names in the text.
//!
//! Names are matched as whole words, ignoring case: the item text is cut into
//! runs of ASCII letters and digits, and each run, each pair and each triple
//! of neighbouring runs is looked up. Names of several words or with hyphens
//! are written with single spaces ("ms contin" also matches "MS-Contin").
//! A run ending in an `s` also matches the name without it when that name is
//! long enough not to be a mistake ("Percocets", "NSAIDs"), and a run with a
//! strength glued to it ("Norco10") matches the name before the digits.

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// Drug classes in precedence order, each with its names: lower case,
/// separated by commas, the words of a name by one space.
pub const CLASSES: &[(&str, &str)] = &[
    (
        "/Pharmaceuticals/Opioids",
        // hydrocodone and its combinations; oxycodone; tramadol, tapentadol; morphine,
        // hydromorphone, oxymorphone; fentanyl, methadone, others; buprenorphine (a
        // partial agonist; with naloxone still an opioid); class words.
        "hydrocodone, norco, vicodin, lortab, lorcet, hycet, xodol, verdrocet, zohydro, \
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
         probuphine, opioid, opioids, opiate, opiates, narcotic, narcotics",
    ),
    (
        "/Pharmaceuticals/NSAIDs",
        "naproxen, anaprox, naprosyn, naprelan, aleve, ibuprofen, motrin, advil, \
         diclofenac, voltaren, cataflam, arthrotec, zipsor, cambia, zorvolex, \
         meloxicam, mobic, vivlodex, anjeso, qmiiz, celecoxib, celebrex, elyxyb, \
         etodolac, lodine, nabumetone, relafen, ketoprofen, ketorolac, toradol, sprix, \
         flurbiprofen, ansaid, indomethacin, indocin, tivorbex, piroxicam, feldene, \
         oxaprozin, daypro, sulindac, clinoril, fenoprofen, nalfon, diflunisal, \
         dolobid, salsalate, disalcid, meclofenamate, mefenamic, ponstel, tolmetin, \
         choline magnesium, trilisate, duexis, vimovo, consensi, aspirin, ecotrin, \
         excedrin, nsaid, nsaids, nonsteroidal, non steroidal, anti inflammatory, anti \
         inflammatories, antiinflammatory, antiinflammatories, cox 2",
    ),
    (
        "/Pharmaceuticals/Muscle Relaxants",
        "cyclobenzaprine, flexeril, fexmid, amrix, carisoprodol, soma, vanadom, \
         tizanidine, zanaflex, methocarbamol, robaxin, baclofen, lioresal, ozobax, \
         lyvispah, gablofen, orphenadrine, norflex, norgesic, metaxalone, skelaxin, \
         metaxall, chlorzoxazone, parafon, lorzone, dantrolene, dantrium, muscle \
         relaxant, muscle relaxants, muscle relaxer, muscle relaxers",
    ),
    (
        "/Pharmaceuticals/Anticonvulsants",
        "gabapentin, neurontin, gralise, horizant, gabapentin enacarbil, pregabalin, \
         lyrica, topiramate, topamax, trokendi, qudexy, carbamazepine, tegretol, \
         carbatrol, equetro, oxcarbazepine, trileptal, oxtellar, lamotrigine, lamictal, \
         levetiracetam, keppra, divalproex, depakote, valproic, valproate, depakene, \
         zonisamide, zonegran, lacosamide, vimpat, phenytoin, dilantin, tiagabine, \
         gabitril, clobazam, onfi, brivaracetam, briviact, eslicarbazepine, aptiom, \
         anticonvulsant, anticonvulsants, anti convulsant, anti convulsants, \
         antiepileptic, antiepileptics, anti epileptic, anti epileptics",
    ),
    (
        "/Pharmaceuticals/Antidepressants",
        // tricyclics; SNRIs; SSRIs; others; class words.
        "amitriptyline, elavil, nortriptyline, pamelor, aventyl, desipramine, \
         norpramin, imipramine, tofranil, doxepin, sinequan, clomipramine, anafranil, \
         protriptyline, trimipramine, amoxapine, duloxetine, cymbalta, drizalma, \
         venlafaxine, effexor, desvenlafaxine, pristiq, khedezla, milnacipran, savella, \
         levomilnacipran, fetzima, sertraline, zoloft, citalopram, celexa, \
         escitalopram, lexapro, fluoxetine, prozac, sarafem, paroxetine, paxil, pexeva, \
         fluvoxamine, luvox, trazodone, desyrel, oleptro, nefazodone, bupropion, \
         wellbutrin, zyban, aplenzin, forfivo, mirtazapine, remeron, vilazodone, \
         viibryd, vortioxetine, trintellix, brintellix, phenelzine, nardil, \
         tranylcypromine, parnate, selegiline, emsam, auvelity, antidepressant, \
         antidepressants, anti depressant, anti depressants, ssri, ssris, snri, snris, \
         tricyclic, tricyclics, tca, tcas",
    ),
    (
        "/Pharmaceuticals/Sleep Aids",
        "zolpidem, ambien, intermezzo, edluar, zolpimist, eszopiclone, lunesta, \
         zaleplon, sonata, temazepam, restoril, triazolam, halcion, flurazepam, \
         dalmane, estazolam, prosom, quazepam, ramelteon, rozerem, suvorexant, \
         belsomra, lemborexant, dayvigo, daridorexant, quviviq, silenor, doxylamine, \
         unisom, melatonin, sleep aid, sleep aids, sleep medication, sleep medications, \
         sleeping pill, sleeping pills, hypnotic, hypnotics",
    ),
    (
        "/Pharmaceuticals/Benzodiazepines",
        "diazepam, valium, alprazolam, xanax, clonazepam, klonopin, lorazepam, ativan, \
         chlordiazepoxide, librium, librax, oxazepam, serax, clorazepate, tranxene, \
         benzodiazepine, benzodiazepines, benzo, benzos",
    ),
    (
        "/Pharmaceuticals/PPIs",
        "omeprazole, prilosec, zegerid, pantoprazole, protonix, lansoprazole, prevacid, \
         esomeprazole, nexium, rabeprazole, aciphex, dexlansoprazole, dexilant, proton \
         pump inhibitor, proton pump inhibitors, ppi, ppis",
    ),
    (
        "/Pharmaceuticals/Medical Foods",
        "theramine, sentra, trepadone, gabadone, percura, hypertensa, apptrim, deplin, \
         metanx, limbrel, fosteum, medical food, medical foods",
    ),
    (
        "/Pharmaceuticals/Barbiturate Combinations",
        "butalbital, fioricet, fiorinal, esgic, zebutal, bupap, allzital, phrenilin, \
         tencon, vtol",
    ),
    (
        "/Pharmaceuticals/Migraine Drugs",
        "sumatriptan, imitrex, treximet, zembrace, onzetra, tosymra, rizatriptan, \
         maxalt, zolmitriptan, zomig, eletriptan, relpax, naratriptan, amerge, \
         frovatriptan, frova, almotriptan, axert, triptan, triptans, ergotamine, \
         cafergot, dihydroergotamine, migranal, trudhesa, erenumab, aimovig, \
         fremanezumab, ajovy, galcanezumab, emgality, eptinezumab, vyepti, rimegepant, \
         nurtec, ubrogepant, ubrelvy, atogepant, qulipta, lasmiditan, reyvow, midrin",
    ),
    (
        "/Pharmaceuticals/Antiemetics",
        "ondansetron, zofran, zuplenz, granisetron, kytril, sancuso, dolasetron, \
         anzemet, palonosetron, promethazine, phenergan, prochlorperazine, compazine, \
         metoclopramide, reglan, trimethobenzamide, tigan, scopolamine, transderm scop, \
         meclizine, antivert, dimenhydrinate, dramamine, aprepitant, emend, antiemetic, \
         antiemetics, anti emetic, anti emetics, anti nausea",
    ),
    (
        "/Pharmaceuticals/H2 Blockers",
        "ranitidine, zantac, famotidine, pepcid, cimetidine, tagamet, nizatidine, axid, \
         h2 blocker, h2 blockers, h2 antagonist, h2 antagonists",
    ),
    (
        "/Pharmaceuticals/Other Gastrointestinal",
        "sucralfate, carafate, misoprostol, cytotec, antacid, antacids, tums, maalox, \
         mylanta, gaviscon, rolaids, simethicone, gas x, dicyclomine, bentyl, \
         hyoscyamine, levsin, loperamide, imodium, lomotil, diphenoxylate, bismuth, \
         pepto bismol",
    ),
    (
        "/Pharmaceuticals/Laxatives",
        "docusate, colace, dss, senna, senokot, sennosides, sennoside, peri colace, \
         pericolace, bisacodyl, dulcolax, polyethylene glycol, miralax, glycolax, \
         lactulose, enulose, kristalose, magnesium citrate, milk of magnesia, psyllium, \
         metamucil, methylcellulose, citrucel, fibercon, benefiber, lubiprostone, \
         amitiza, linaclotide, linzess, plecanatide, trulance, naloxegol, movantik, \
         methylnaltrexone, relistor, naldemedine, symproic, stool softener, stool \
         softeners, laxative, laxatives",
    ),
    (
        "/Pharmaceuticals/Corticosteroids",
        "prednisone, deltasone, rayos, prednisolone, orapred, millipred, \
         methylprednisolone, medrol, dosepak, dosepack, dexamethasone, decadron, \
         hydrocortisone, cortef, prednisone taper, oral steroid, oral steroids, \
         corticosteroid, corticosteroids",
    ),
    (
        "/Pharmaceuticals/Antihistamines",
        "hydroxyzine, vistaril, atarax, diphenhydramine, benadryl, cetirizine, zyrtec, \
         levocetirizine, xyzal, loratadine, claritin, desloratadine, clarinex, \
         fexofenadine, allegra, chlorpheniramine, cyproheptadine, periactin, \
         antihistamine, antihistamines",
    ),
    (
        "/Pharmaceuticals/Antipsychotics",
        "quetiapine, seroquel, aripiprazole, abilify, olanzapine, zyprexa, risperidone, \
         risperdal, ziprasidone, geodon, lurasidone, latuda, brexpiprazole, rexulti, \
         cariprazine, vraylar, paliperidone, invega, haloperidol, haldol, \
         chlorpromazine, thorazine, perphenazine, clozapine, clozaril, lithium, \
         lithobid, antipsychotic, antipsychotics",
    ),
    (
        "/Pharmaceuticals/Stimulants",
        "modafinil, provigil, armodafinil, nuvigil, solriamfetol, sunosi, \
         methylphenidate, ritalin, concerta, metadate, dexmethylphenidate, focalin, \
         amphetamine, adderall, dextroamphetamine, dexedrine, lisdexamfetamine, \
         vyvanse, atomoxetine, strattera, stimulant, stimulants",
    ),
    (
        "/Pharmaceuticals/Erectile Dysfunction",
        "sildenafil, viagra, revatio, tadalafil, cialis, vardenafil, levitra, staxyn, \
         avanafil, stendra, alprostadil, caverject, edex, erectile dysfunction, pde5, \
         pde 5",
    ),
    (
        "/Pharmaceuticals/Hormones",
        "testosterone, androgel, androderm, axiron, fortesta, testim, vogelxo, aveed, \
         xyosted, jatenzo, depo testosterone, estradiol, estrogen, premarin, \
         progesterone, medroxyprogesterone, levothyroxine, synthroid, levoxyl, \
         unithroid, liothyronine, cytomel, armour thyroid, clomiphene, anastrozole, \
         dhea",
    ),
    (
        "/Pharmaceuticals/Opioid Antagonists",
        "naloxone, narcan, evzio, kloxxado, zimhi, naltrexone, revia, vivitrol, \
         nalmefene",
    ),
    (
        "/Pharmaceuticals/Cannabinoids",
        "dronabinol, marinol, syndros, nabilone, cesamet, cannabidiol, epidiolex, cbd, \
         cannabis, marijuana, medical marijuana",
    ),
    (
        "/Pharmaceuticals/Cardiovascular",
        // ACE inhibitors and ARBs; beta blockers; calcium channel blockers; diuretics;
        // other antihypertensives and heart drugs; lipid lowering; class words.
        "lisinopril, zestril, prinivil, enalapril, vasotec, benazepril, lotensin, \
         ramipril, altace, quinapril, accupril, losartan, cozaar, hyzaar, valsartan, \
         diovan, irbesartan, avapro, olmesartan, benicar, telmisartan, micardis, \
         candesartan, atacand, metoprolol, lopressor, toprol, atenolol, tenormin, \
         propranolol, inderal, carvedilol, coreg, bisoprolol, nadolol, labetalol, \
         nebivolol, bystolic, amlodipine, norvasc, nifedipine, procardia, adalat, \
         diltiazem, cardizem, verapamil, calan, felodipine, hydrochlorothiazide, hctz, \
         chlorthalidone, furosemide, lasix, bumetanide, torsemide, spironolactone, \
         aldactone, triamterene, maxzide, dyazide, clonidine, catapres, kapvay, \
         guanfacine, tenex, intuniv, hydralazine, prazosin, minipress, terazosin, \
         doxazosin, cardura, digoxin, lanoxin, amiodarone, nitroglycerin, isosorbide, \
         ranolazine, ranexa, atorvastatin, lipitor, simvastatin, zocor, rosuvastatin, \
         crestor, pravastatin, pravachol, lovastatin, ezetimibe, zetia, fenofibrate, \
         tricor, gemfibrozil, statin, statins, antihypertensive, antihypertensives, \
         blood pressure medication, blood pressure medications, beta blocker, beta \
         blockers",
    ),
    (
        "/Pharmaceuticals/Diabetes",
        "metformin, glucophage, glipizide, glucotrol, glyburide, glimepiride, amaryl, \
         pioglitazone, actos, sitagliptin, januvia, janumet, linagliptin, tradjenta, \
         saxagliptin, empagliflozin, jardiance, dapagliflozin, farxiga, canagliflozin, \
         invokana, liraglutide, victoza, saxenda, semaglutide, ozempic, wegovy, \
         rybelsus, dulaglutide, trulicity, exenatide, byetta, tirzepatide, mounjaro, \
         insulin, lantus, levemir, humalog, novolog, novolin, humulin, tresiba, \
         basaglar, toujeo",
    ),
    (
        "/Pharmaceuticals/Anticoagulants",
        "warfarin, coumadin, jantoven, rivaroxaban, xarelto, apixaban, eliquis, \
         dabigatran, pradaxa, edoxaban, savaysa, enoxaparin, lovenox, heparin, \
         fondaparinux, arixtra, dalteparin, fragmin, clopidogrel, plavix, prasugrel, \
         effient, ticagrelor, brilinta, cilostazol, anticoagulant, anticoagulants, \
         blood thinner, blood thinners",
    ),
    (
        "/Pharmaceuticals/Anti-infectives",
        // antibiotics; antivirals and antifungals.
        "cephalexin, keflex, cefadroxil, cefuroxime, ceftin, cefdinir, ceftriaxone, \
         rocephin, amoxicillin, augmentin, penicillin, ampicillin, dicloxacillin, \
         azithromycin, zithromax, z pak, zpak, clarithromycin, erythromycin, \
         ciprofloxacin, cipro, levofloxacin, levaquin, moxifloxacin, doxycycline, \
         minocycline, tetracycline, bactrim, septra, sulfamethoxazole, trimethoprim, \
         clindamycin, cleocin, metronidazole, flagyl, nitrofurantoin, macrobid, \
         vancomycin, linezolid, rifampin, mupirocin, bactroban, antibiotic, \
         antibiotics, acyclovir, valacyclovir, valtrex, famciclovir, oseltamivir, \
         tamiflu, fluconazole, diflucan, terbinafine, lamisil, nystatin, antiviral, \
         antivirals, antifungal, antifungals",
    ),
    (
        "/Pharmaceuticals/Vitamins and Supplements",
        "vitamin, vitamins, multivitamin, multivitamins, b12, b 12, cyanocobalamin, \
         methylcobalamin, cobalamin, folic acid, folate, thiamine, niacin, biotin, \
         ergocalciferol, cholecalciferol, calcitriol, calcium, magnesium, potassium, \
         zinc, iron, ferrous, supplement, supplements, glucosamine, chondroitin, \
         cosamin, osteo bi flex, osteo biflex, msm, fish oil, omega 3, turmeric, \
         curcumin, coq10, coenzyme q10, probiotic, probiotics, alpha lipoic, lipoic \
         acid, 5 htp, sam e, valerian, john s wort, johns wort, ginkgo, collagen, \
         protein powder, nutritional supplement, dietary supplement",
    ),
    (
        "/Pharmaceuticals/Topicals",
        "lidoderm, ztlido, lidopro, lidothol, lidovex, terocin, flector, pennsaid, \
         licart, capsaicin, capzasin, zostrix, qutenza, menthoderm, medrox, dendracin, \
         biofreeze, bengay, ben gay, salonpas, icy hot, icyhot, aspercreme, tiger balm, \
         absorbine, sportscreme, theraflex, ziliretin, emla, trolamine, methyl \
         salicylate, camphor, menthol",
    ),
    (
        "/Pharmaceuticals/Other",
        // a known drug of no class listed above.
        "acetaminophen, tylenol, apap, paracetamol, ofirmev, buspirone, buspar, \
         varenicline, chantix, nicotine, nicoderm, nicorette, oxybutynin, ditropan, \
         tamsulosin, flomax, finasteride, alendronate, fosamax, allopurinol, \
         colchicine, ropinirole, requip, pramipexole, mirapex, donepezil, memantine, \
         propofol",
    ),
];

/// The index of a class in [`CLASSES`] for each name, built once.
static NAMES: Lazy<HashMap<&'static str, usize>> = Lazy::new(|| {
    let mut names = HashMap::new();
    for (i, (_, list)) in CLASSES.iter().enumerate() {
        for name in names_of(list) {
            // The first (highest-precedence) class listing a name keeps it.
            names.entry(name).or_insert(i);
        }
    }
    names
});

/// The names of one class's comma-separated list.
fn names_of(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split(',').map(str::trim).filter(|n| !n.is_empty())
}

/// Shortest name that also matches with an `s` after it ("norcos"); shorter
/// names ("ppi", "soma") are listed with their plural where it exists.
const MIN_PLURAL_STEM: usize = 5;

/// The class index of one run of the item text (or of several runs joined by
/// spaces), trying the plural and glued-strength forms.
fn lookup(word: &str) -> Option<usize> {
    if let Some(&i) = NAMES.get(word) {
        return Some(i);
    }
    // Words are ASCII, so every byte index is a character boundary.
    if let Some(stem) = word.strip_suffix('s') {
        if stem.len() >= MIN_PLURAL_STEM {
            if let Some(&i) = NAMES.get(stem) {
                return Some(i);
            }
        }
    }
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    if letters.len() != word.len() && letters.len() >= MIN_PLURAL_STEM && !word.contains(' ') {
        return NAMES.get(letters).copied();
    }
    None
}

/// The facet path of the highest-precedence drug class the text names, if
/// any.
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
    let mut best: Option<usize> = None;
    let mut phrase = String::new();
    for start in 0..words.len() {
        phrase.clear();
        for (n, w) in words[start..].iter().take(3).enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
            if let Some(i) = lookup(&phrase) {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
    }
    best.and_then(|i| CLASSES.get(i)).map(|(path, _)| *path)
}

/// Every path [`class`] can return.
pub fn paths() -> impl Iterator<Item = &'static str> {
    CLASSES.iter().map(|(path, _)| *path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_single_spaced_and_listed_once() {
        let mut seen = HashMap::new();
        for (path, list) in CLASSES {
            assert!(path.starts_with("/Pharmaceuticals/"), "{path}");
            for w in names_of(list) {
                let norm: String = w
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_ascii_lowercase();
                assert_eq!(norm, w, "{path}: name {w:?} is not in lookup form");
                assert!(w.split(' ').count() <= 3, "{w:?}: at most three words");
                if let Some(other) = seen.insert(w, *path) {
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
}
