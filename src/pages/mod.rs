//! One file per route.

mod about;
mod about_procedure;
mod aftercare;
mod embed;
mod estimator;
pub mod intro;
#[cfg(feature = "split")]
pub mod lazy_routes;
mod map;
mod not_found;
mod sources;
mod studio;

pub use about::AboutPage;
pub use about_procedure::AboutProcedureRoute;
pub use aftercare::AftercarePage;
pub use embed::EmbedPage;
pub use estimator::EstimatorPage;
pub use map::{MapPage, MapRegionRoute};
pub use not_found::NotFound;
pub use sources::SourcesPage;
pub use studio::StudioPage;
