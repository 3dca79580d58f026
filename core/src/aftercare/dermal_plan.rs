//! Aftercare after a micro-dermal piercing, as sourced data: six months of tasks, phases and key dates.
//!
//! Editing guide: a task is one `Task::new(..)` entry. Every task cites at least one
//! [`SourceId`](crate::sources::SourceId) and says why in `why`; days count from the procedure day (day 0) and are
//! inclusive. A task whose `to_day` is `None` runs to the end of the plan. Host tests check
//! ids, windows and sources.

use crate::model::Procedure;
use crate::sources::SourceId::*;

use super::schedule::{AftercarePlan, KeyDate, Note, Phase, PhaseInfo, Repeat, Task};

pub static DERMAL: AftercarePlan = AftercarePlan {
    procedure: Procedure::Dermal,
    last_day: 180,
    tasks: DERMAL_TASKS,
    phases: DERMAL_PHASES,
    key_dates: DERMAL_KEY_DATES,
    closing: Note {
        text: text!("This plan ends after six months, but a dermal can take longer to settle: the article “Micro Dermal Piercing” gives one to three months, biologyinsights.com three to six for the tissue to settle, and berlin-piercing.de four to six for healing. Keep caring for it while it is tender, red or crusty, and see your piercer if it changes. Dermals are long-term but temporary: most reject and push out after a few years (Body Piercing Hub)."),
        sources: &[Seed000, BerlinPiercing, BiologyInsights, Seed001],
    },
};

const DERMAL_TASKS: &[Task] = &[
    Task::new(
        Repeat::Daily,
        "dermal-plaster",
        "Keep the plaster on",
        "The plaster holds the anchor in place while the skin starts to grow around it; taken off too early, the jewellery is almost certain to pop out. Body Piercing Hub's piercer says at least one week and recommends two; the article “Micro Dermal Piercing” says to keep it covered for a few days. Follow your own piercer if they say otherwise.",
        (Phase::ProcedureDay, 0, Some(13)),
        &[Seed001, Seed000],
    ),
    Task::new(
        Repeat::Once,
        "dermal-plaster-off",
        "Plaster off: ask your piercer if you are unsure",
        "After about two weeks the skin has usually healed just enough to hold the anchor while it keeps healing (Body Piercing Hub).",
        (Phase::Healing, 14, Some(20)),
        &[Seed001],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-clean",
        "Clean it with sterile 0.9% saline",
        "Regular gentle cleaning helps it heal without infection. The article “Micro Dermal Piercing” says a sea-salt solution on a cotton swab; the APP (Association of Professional Piercers) no longer recommends home-mixed salt and advises sterile 0.9% saline wound wash. While the plaster is on, follow your piercer's instructions for cleaning around it.",
        (Phase::ProcedureDay, 0, None),
        &[AppAftercare, Seed000],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-clean-hands",
        "Touch it only with freshly washed hands",
        "Dirty hands carry germs into a fresh wound; the article “Micro Dermal Piercing” says to touch the area only with clean hands.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, AppAftercare],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-dry",
        "Pat it dry with clean disposable paper",
        "The article “Micro Dermal Piercing” says to wipe the area dry with clean towels or handkerchiefs; piercers following the APP's aftercare standards prefer clean disposable paper.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, AppAftercare],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-crust",
        "Gently clean away crust, never pick it",
        "A whitish-yellow crust is normal while it heals; the article “Micro Dermal Piercing” says to clean it gently off the jewellery rather than pull at it.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, AppAftercare],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-no-soaking",
        "No swimming, pools, hot tubs or lakes",
        "Pools, hot tubs and lakes soak a healing wound in water that is not clean. The article “Micro Dermal Piercing” says no swimming for the first days; the APP's aftercare says not to submerge it in them while it heals.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, AppAftercare],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-hands-off",
        "Don't play with, twist or remove the jewellery",
        "Moving the top disturbs the anchor while skin grows around it (“Micro Dermal Piercing”). Tops are changed only once it has fully healed, after a few months, and the anchor is removed by a professional (Body Piercing Hub).",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, Seed001],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-loose-clothes",
        "Wear loose clothes over it",
        "Tight clothes and straps rub and catch on the top, which can irritate it or pull the anchor (“Micro Dermal Piercing”).",
        (Phase::ProcedureDay, 0, None),
        &[Seed000],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-no-products",
        "Keep make-up, lotions and chemicals away from it",
        "The article “Micro Dermal Piercing” says no cosmetics or chemicals in or around it. Piercers following professional standards also advise against alcohol, hydrogen peroxide, antibacterial soaps, iodine and ointments, which irritate healing skin.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000, AppAftercare],
    ),
    Task::new(
        Repeat::Daily,
        "dermal-no-contact",
        "Avoid contact sports and knocks",
        "A knock can dislodge the anchor or damage the tissue around it; the article “Micro Dermal Piercing” says to avoid sports and outdoor games to prevent injuries.",
        (Phase::ProcedureDay, 0, None),
        &[Seed000],
    ),
    Task::new(
        Repeat::Once,
        "dermal-healing-check",
        "Check how it has healed, with your piercer if unsure",
        "The article “Micro Dermal Piercing” puts healing at one to three months, longer after an infection; biologyinsights.com says the tissue takes three to six months to settle, and berlin-piercing.de four to six months to heal. If it is still tender, red or crusty, keep up the care.",
        (Phase::Settling, 90, None),
        &[Seed000, BerlinPiercing, BiologyInsights],
    ),
];

const DERMAL_PHASES: &[PhaseInfo] = &[
    PhaseInfo {
        phase: Phase::ProcedureDay,
        title: text!("Procedure day"),
        from_day: 0,
        to_day: 0,
        summary: text!("The piercer covers the piercing with a plaster that holds the anchor while the skin starts to grow around it. A little bleeding is common."),
        sources: &[Seed001],
    },
    PhaseInfo {
        phase: Phase::Early,
        title: text!("Plaster weeks"),
        from_day: 1,
        to_day: 13,
        summary: text!("Keep the plaster on: after about two weeks the skin has usually healed just enough to hold the anchor. Some swelling, bruising and a whitish-yellow crust are normal early on."),
        sources: &[Seed001, AppAftercare],
    },
    PhaseInfo {
        phase: Phase::Healing,
        title: text!("Healing"),
        from_day: 14,
        to_day: 89,
        summary: text!("Healing usually takes one to three months, longer if it gets infected. Keep cleaning it and keep it safe from knocks, friction and soaking."),
        sources: &[Seed000],
    },
    PhaseInfo {
        phase: Phase::Settling,
        title: text!("Settling in"),
        from_day: 90,
        to_day: 180,
        summary: text!("berlin-piercing.de describes the skin pocket around the anchor forming in two to four months and healing taking four to six; biologyinsights.com gives three to six months for the tissue to settle. Keep up the care while it is still tender or crusty."),
        sources: &[BerlinPiercing, BiologyInsights],
    },
];

const DERMAL_KEY_DATES: &[KeyDate] = &[
    KeyDate {
        id: "plaster-off",
        title: text!("plaster can come off"),
        description: text!("After about two weeks the skin has usually healed just enough to hold the anchor (Body Piercing Hub). Ask your piercer if you are unsure."),
        from_day: 14,
        to_day: 14,
        sources: &[Seed001],
    },
    KeyDate {
        id: "healing-window-ends",
        title: text!("one-to-three-month healing window ends"),
        description: text!("The article “Micro Dermal Piercing” puts healing at one to three months; it can take longer, especially after an infection. Keep up the care while it is still tender, red or crusty."),
        from_day: 90,
        to_day: 90,
        sources: &[Seed000],
    },
    KeyDate {
        id: "plan-ends",
        title: text!("aftercare plan ends"),
        description: text!("biologyinsights.com gives three to six months for the tissue to settle around a dermal anchor, berlin-piercing.de four to six months for it to heal; yours may take longer. See your piercer if anything looks wrong."),
        from_day: 180,
        to_day: 180,
        sources: &[BerlinPiercing, BiologyInsights],
    },
];
