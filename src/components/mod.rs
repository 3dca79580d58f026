//! Reusable pieces of the interface.

mod body_figure;
mod estimate_result;
mod fields;
mod plan_card;
mod prescreen;
mod region_details;
mod region_list;
mod shell;

pub use body_figure::{BodyFigure, MapState, ProcedureFilter};
pub use estimate_result::EstimateResult;
pub use fields::{described_by, CheckField, Choice, NumberField, SelectField, TextField};
pub use plan_card::PlanCard;
pub use prescreen::Prescreen;
pub use region_details::RegionDetails;
pub use region_list::RegionList;
pub use shell::{SiteFooter, SiteHeader, SourceList};
