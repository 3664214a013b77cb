//! Sentence pools the summaries and rationales are assembled from, so
//! phrase queries against the corpus get realistic, skewed hit counts
//! (`main.rs` skips them in rustfmt).

use crate::model::Kind;

pub(crate) const HOW_2014: &[&str] = &[
    "MAXIMUS Federal Services forwarded the full case file to an independent expert reviewer who has no \
     affiliation with the employer, the employee, the providers or the claims administrator. The reviewer \
     has practised clinically for more than five years and still works at least 24 hours a week in active \
     practice. The reviewer was chosen for clinical experience, education, background and expertise in the \
     same or a similar specialty that evaluates or treats the condition and the disputed items/services, \
     and knows the governing laws and regulations, including the strength of evidence hierarchy that \
     applies to Independent Medical Review determinations.",
    "The complete case file was sent by MAXIMUS Federal Services to an expert reviewer with no connection \
     to the employer, the employee, the providers or the claims administrator.  The reviewer has more than \
     five years of active clinical practice, currently practises at least 24 hours a week, and was matched \
     to the case by training and experience in a specialty that evaluates or treats the condition and the \
     disputed items/services.  The reviewer is familiar with the governing laws and regulations, \
     including the strength of evidence hierarchy for Independent Medical Review determinations.",
];
pub(crate) const HOW_2013_TAIL: &str = "  The reviewer has been in clinical practice for more than five years and \
     currently treats patients at least 24 hours a week.  The reviewer was selected for expertise in the \
     type of condition and treatment under dispute, and is familiar with the medical treatment guidelines \
     and the laws that govern Independent Medical Review.";

pub(crate) const MECHANISM: [&[&str]; 6] = [
    &[
        "The injury occurred while lifting a heavy box at work.",
        "The injury happened during a fall at work.",
    ],
    &[
        "The injury occurred while lifting a pallet of merchandise.",
        "The low back was injured while unloading a delivery truck.",
        "The injury happened when the worker slipped on a wet floor and landed on the buttocks.",
    ],
    &[
        "The neck was injured in a rear-end collision while driving a company vehicle.",
        "The injury occurred when a box fell from a shelf and struck the head and neck.",
    ],
    &[
        "The shoulder was injured while reaching overhead to stock shelves.",
        "The injury occurred while pulling cable through a ceiling.",
    ],
    &[
        "The knee was twisted while stepping off a forklift.",
        "The injury occurred when the worker fell from a ladder onto the left knee.",
    ],
    &[
        "Symptoms in the hands developed gradually with repetitive keyboard work.",
        "The wrist was injured while using a pneumatic tool.",
    ],
];
pub(crate) const COMPLAINT: [&[&str]; 6] = [
    &["ongoing pain with stiffness and difficulty sleeping"],
    &[
        "low back pain radiating down the left leg with numbness in the foot",
        "constant low back pain rated 7/10 that worsens with sitting",
        "low back pain with intermittent tingling in both legs",
    ],
    &[
        "neck pain radiating into the right arm with numbness in the thumb",
        "neck pain with headaches and stiffness when turning the head",
    ],
    &[
        "right shoulder pain with overhead reaching and weakness",
        "shoulder pain at night and difficulty lifting the arm above shoulder height",
    ],
    &[
        "medial knee pain with locking and giving way",
        "knee pain with swelling after prolonged standing",
    ],
    &[
        "numbness and tingling of the right hand that wakes the patient at night",
        "wrist pain with weak grip and dropping objects",
    ],
];
pub(crate) const EXAM: [&[&str]; 6] = [
    &["Examination showed tenderness and guarded motion."],
    &[
        "Examination showed lumbar paraspinal tenderness, limited flexion and a positive straight leg raise \
         on the left.",
        "Examination revealed decreased sensation in the L5 dermatome and an absent Achilles reflex.",
        "Examination showed tenderness over the sacroiliac joint with a normal neurologic examination.",
    ],
    &[
        "Examination showed a positive Spurling test, decreased biceps reflex and diminished sensation in \
         the C6 distribution.",
        "Examination revealed cervical paraspinal spasm with full strength and intact reflexes.",
    ],
    &[
        "Examination showed positive Neer and Hawkins signs with forward flexion to 150 degrees.",
        "Examination revealed tenderness at the acromioclavicular joint and painful arc of motion.",
    ],
    &[
        "Examination showed medial joint line tenderness, a positive McMurray test and a small effusion.",
        "Examination revealed crepitus and a range of motion from 5 to 105 degrees.",
    ],
    &[
        "Examination showed positive Tinel and Phalen signs at the right wrist.",
        "Examination revealed tenderness at the first dorsal compartment and reduced grip strength.",
    ],
];
pub(crate) const DIAGNOSES: [&[&str]; 6] = [
    &[
        "chronic pain syndrome",
        "sleep disturbance secondary to pain",
        "depression secondary to chronic pain",
    ],
    &[
        "lumbar radiculopathy",
        "lumbar disc displacement without myelopathy",
        "lumbar sprain/strain",
        "degeneration of lumbar intervertebral disc",
        "failed back surgery syndrome",
    ],
    &[
        "cervical radiculopathy",
        "cervical sprain/strain",
        "degeneration of cervical intervertebral disc",
    ],
    &[
        "right shoulder impingement syndrome",
        "rotator cuff tendinitis",
        "acromioclavicular joint arthrosis",
    ],
    &[
        "tear of the medial meniscus",
        "osteoarthritis of the knee",
        "knee sprain/strain",
    ],
    &[
        "carpal tunnel syndrome",
        "de Quervain tenosynovitis",
        "wrist sprain/strain",
    ],
];
pub(crate) const TREATMENT: &[&str] = &[
    "The patient's treatment history includes medications, physical therapy and a home exercise program.",
    "Prior treatment has included chiropractic care, acupuncture and medications.",
    "Conservative care has included physical therapy, activity modification and anti-inflammatory \
     medication.",
    "The patient has had a corticosteroid injection with partial relief for about six weeks.",
    "Treatment to date includes medications only.",
    "The patient completed 12 sessions of physical therapy and now exercises at home.",
    "The patient has not worked since the injury and remains on temporary total disability.",
    "The patient returned to modified duty with lifting restrictions.",
];

pub(crate) const GUIDE: [&[&str]; 11] = [
    // Opioid
    &[
        "MTUS requires documentation of pain relief, functional status, appropriate medication use and side \
         effects for ongoing opioid management.",
        "The guidelines call for the 4 A's to be documented at each visit: analgesia, activities of daily \
         living, adverse side effects and aberrant drug-taking behaviors.",
        "MTUS recommends discontinuing opioids when there is no overall improvement in function, unless \
         there are extenuating circumstances.",
        "Pain and functional improvement should be compared with baseline using a numerical scale or a \
         validated instrument at least once every six months.",
        "The guidelines advise against a total daily dose above 120 mg oral morphine equivalents without \
         consultation with a pain specialist.",
        "Opioids may be continued if the patient has returned to work or has improved functioning and \
         pain.",
    ],
    // Medication
    &[
        "MTUS recommends NSAIDs at the lowest dose for the shortest period in patients with moderate to \
         severe pain.",
        "A proton pump inhibitor is supported with an NSAID when the patient is at intermediate risk for \
         gastrointestinal events.",
        "Muscle relaxants are recommended as a second-line option for short-term treatment of acute \
         exacerbations in chronic low back pain.",
        "Antiepilepsy drugs are recommended for neuropathic pain, and a good response is a 50 percent \
         reduction in pain.",
        "Antidepressants are recommended as a first-line option for neuropathic pain.",
        "ODG recommends hypnotics only for short-term treatment of insomnia, generally two to six weeks.",
        "Medications should be trialed one at a time, with documentation of the response to each.",
    ],
    // Topical
    &[
        "Topical analgesics are largely experimental, with few randomized controlled trials to determine \
         efficacy or safety.",
        "Any compounded product that contains at least one drug or drug class that is not recommended is \
         not recommended.",
        "Topical lidocaine may be considered for localized peripheral neuropathic pain after a trial of \
         first-line therapy.",
        "Gabapentin is not recommended as a topical agent, and there is no evidence for topical muscle \
         relaxants.",
        "Ketoprofen is not approved by the FDA for topical application because of a high incidence of \
         photocontact dermatitis.",
    ],
    // Therapy
    &[
        "MTUS allows 9 to 10 visits over 8 weeks for myalgia and myositis, and 8 to 10 visits for \
         neuralgia, neuritis and radiculitis.",
        "Treatment frequency should fade toward an active, self-directed home exercise program.",
        "A trial of 6 visits over 2 weeks is supported, with up to 18 visits over 6 to 8 weeks when there \
         is evidence of objective functional improvement.",
        "Acupuncture may be used when pain medication is reduced or not tolerated, with 3 to 6 treatments \
         as the time to produce an effect.",
        "Aquatic therapy is an option where reduced weight bearing is desirable, for example in extreme \
         obesity.",
        "The Postsurgical Treatment Guidelines allow an initial course of therapy of half the general \
         course, followed by further visits when functional improvement is documented.",
    ],
    // Injection
    &[
        "Radiculopathy must be documented by physical examination and corroborated by imaging or \
         electrodiagnostic studies before an epidural steroid injection is performed.",
        "A repeat block requires at least 50 percent pain relief with an associated reduction of medication \
         use for six to eight weeks.",
        "No more than two nerve root levels should be injected using a transforaminal approach.",
        "Facet joint blocks are limited to patients with low back pain that is non-radicular, at no more \
         than two levels bilaterally.",
        "Trigger point injections are recommended only for myofascial pain syndrome with documented \
         circumscribed trigger points and a twitch response.",
        "Hyaluronic acid injections are an option for severe osteoarthritis that has not responded to \
         conservative treatment after at least three months.",
    ],
    // Imaging
    &[
        "Imaging is indicated when unequivocal objective findings identify specific nerve compromise on \
         the neurologic examination.",
        "Red flags, progressive neurologic deficit or the planning of surgery are the usual indications for \
         advanced imaging.",
        "Electromyography may help identify subtle focal neurologic dysfunction in patients with symptoms \
         lasting more than three or four weeks.",
        "MRI is not recommended for uncomplicated low back pain without red flags.",
        "Repeat imaging is reserved for a significant change in symptoms or findings suggestive of \
         significant pathology.",
    ],
    // Surgery
    &[
        "Surgical consultation is indicated for severe and disabling symptoms, activity limitation for more \
         than one month, and clear clinical and imaging evidence of a lesion that benefits from repair.",
        "Failure of conservative care, including exercise and medication, should be documented before \
         surgery.",
        "Fusion is not recommended for degenerative disc disease without instability.",
        "Arthroscopic partial meniscectomy has a high success rate when there are mechanical symptoms and \
         consistent MRI findings.",
        "A psychological screening is recommended before spinal fusion.",
    ],
    // Equipment
    &[
        "Durable medical equipment is recommended when there is a medical need and the device is used \
         primarily for a medical purpose.",
        "Continuous-flow cryotherapy is recommended as an option after surgery for up to 7 days, including \
         home use.",
        "A one-month home-based TENS trial may be considered as an adjunct to a program of evidence-based \
         functional restoration.",
        "Interferential current stimulation is not recommended as an isolated intervention.",
        "Lumbar supports have not been shown to have lasting benefit beyond the acute phase of symptom \
         relief.",
    ],
    // Program
    &[
        "A functional restoration program requires baseline functional testing so that follow-up with the \
         same test can note functional improvement.",
        "Treatment in a program is not suggested for longer than two weeks without evidence of demonstrated \
         efficacy.",
        "Psychological evaluations are a generally accepted, well-established diagnostic procedure in \
         chronic pain populations.",
        "Cognitive behavioral therapy is recommended with an initial trial of 3 to 4 sessions over 2 \
         weeks.",
        "A supervised weight loss program is reasonable only after a documented failure of caloric \
         restriction and increased physical activity.",
        "Gym memberships are not recommended unless a home exercise program has been ineffective and there \
         is a need for equipment.",
    ],
    // Testing
    &[
        "Drug testing is recommended as an option to assess for the use or presence of illegal drugs in \
         patients on opioid therapy.",
        "Patients at low risk of addiction should be tested within six months of starting therapy and once \
         a year after that.",
        "A functional capacity evaluation may be considered when it is needed to translate medical \
         impairment into functional limitations.",
        "An evaluation is supported when the patient is close to or at maximal medical improvement with a \
         specific job to return to.",
    ],
    // Visit
    &[
        "Referral to a specialist is appropriate when the course of care may benefit from additional \
         expertise.",
        "Office visits are an individualized decision based on symptoms, clinical stability and the \
         medications prescribed.",
        "Home health services are recommended only for medical treatment in patients who are homebound.",
        "Transportation is recommended for patients with disabilities that prevent self-transport.",
    ],
];

pub(crate) const RATIONALE_OPENERS: &[&str] = &[
    "This patient presents with ongoing pain.",
    "The patient presents with chronic pain and limited function.",
    "This patient continues to report pain despite treatment.",
    "The request is reviewed against the guidelines cited above.",
];
// Kind masks for the fact sentences below: a fact is only drawn for the
// kinds of service it makes sense for, which keeps phrase frequencies skewed
// the way real letters are ("urine drug screen" mostly in opioid letters).
pub(crate) const OPI: u16 = 1 << Kind::Opioid as u16;
pub(crate) const MED: u16 = (1 << Kind::Medication as u16) | (1 << Kind::Topical as u16);
pub(crate) const THER: u16 = (1 << Kind::Therapy as u16) | (1 << Kind::Program as u16);
pub(crate) const PROC: u16 =
    (1 << Kind::Injection as u16) | (1 << Kind::Imaging as u16) | (1 << Kind::Surgery as u16);
pub(crate) const DEV: u16 =
    (1 << Kind::Equipment as u16) | (1 << Kind::Visit as u16) | (1 << Kind::Testing as u16);
pub(crate) const ALL: u16 = u16::MAX;

pub(crate) const FACT_UP: &[(u16, &str)] = &[
    (OPI | THER, "The records do not document functional improvement with the current regimen."),
    (OPI | MED, "The reports list pain scores but do not describe any change in activities of daily living."),
    (OPI, "There is no discussion of side effects or aberrant behavior in the reports reviewed."),
    (ALL, "The patient remains off work, and no gain in function is described."),
    (THER, "The treater does not explain why a home exercise program is insufficient."),
    (THER, "The request exceeds the number of visits the guidelines allow."),
    (PROC, "The examination does not show a focal neurologic deficit."),
    (PROC, "No red flags are documented, and the findings have not changed since the last study."),
    (MED | PROC, "The records do not show a trial and failure of first-line treatment."),
    (OPI | MED, "The medication has been used for far longer than the guidelines recommend."),
    (THER | PROC | DEV, "The prior treatment produced only temporary relief without lasting benefit."),
    (OPI, "There is no opioid agreement or recent urine drug screen in the file."),
    (ALL, "The requesting report does not discuss the necessity of the request."),
    (PROC | DEV, "Conservative care has not been exhausted."),
    (ALL, "The guideline criteria are not met."),
    (DEV, "The device or service is not tied to a specific medical need in the reports."),
    (MED, "No gastrointestinal risk factors are documented."),
];
pub(crate) const FACT_OVER: &[(u16, &str)] = &[
    (OPI | MED, "The reports document improved walking tolerance and a return to modified duty with the medication."),
    (PROC, "The examination findings match the imaging at the requested level."),
    (PROC | DEV, "The patient has failed an adequate course of conservative care, including therapy and medication."),
    (PROC, "The prior treatment gave more than 50 percent relief for over two months, with less medication use."),
    (THER, "The request falls within the number of visits the guidelines allow."),
    (OPI | THER, "The treater documents objective functional improvement, with better sitting tolerance and sleep."),
    (OPI, "A urine drug screen and an opioid agreement are on file, and no aberrant behavior is described."),
    (PROC, "The neurologic deficit has progressed despite treatment."),
    (PROC, "The patient has mechanical symptoms and consistent imaging findings."),
    (DEV, "The request is for a trial rather than a purchase."),
    (ALL, "The guideline criteria are met."),
    (MED, "The patient is older than 65 and takes an NSAID daily, which raises gastrointestinal risk."),
    (DEV | THER, "The service is part of a documented plan with measurable goals."),
];
pub(crate) const QUOTES: &[&str] = &[
    "The guideline adds that the lowest effective dose should be used for the shortest duration \
     consistent with individual treatment goals.",
    "Continued treatment should be tied to measurable goals and to the patient's participation in an \
     active rehabilitation program.",
    "The evidence hierarchy places the MTUS first, and other guidelines are used only when the MTUS does \
     not address the issue.",
    "Documentation should include current pain, least reported pain over the period since the last \
     assessment, average pain, and how long relief lasts.",
    "The treating physician should set goals before starting a new treatment and record progress toward \
     them at each visit.",
    "Where the records are incomplete, the reviewer must decide on the documentation available in the case \
     file.",
];
