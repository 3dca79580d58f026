//! Reusable pieces of the interface.

mod body_figure;
mod contraindication_list;
mod estimate_result;
mod evidence_note;
mod fields;
mod language_switcher;
mod own_task;
mod pain_studies;
mod plan_card;
mod prescreen;
mod region_details;
mod region_list;
mod shell;

pub use body_figure::{BodyFigure, MapState, ProcedureFilter};
pub use contraindication_list::ContraindicationList;
pub use estimate_result::EstimateResult;
pub use evidence_note::EvidenceNote;
pub use fields::{described_by, CheckField, Choice, NumberField, SelectField, TextField};
pub use language_switcher::LanguageSwitcher;
pub use own_task::{
    in_own_task, listen_for_input as own_task_listen, waiting as own_task_waiting,
    when_parts_hydrated as own_task_when_hydrated, InOwnTask, InOwnTaskState,
    INPUT as OWN_TASK_INPUT,
};
pub use pain_studies::PainStudies;
pub use plan_card::PlanCard;
pub use prescreen::Prescreen;
pub use region_details::RegionDetails;
pub use region_list::RegionList;
pub use shell::{SiteFooter, SiteHeader, SourceList};
