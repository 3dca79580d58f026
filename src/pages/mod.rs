//! One file per route.

mod about;
mod aftercare;
mod embed;
mod estimator;
pub mod intro;
mod map;
mod not_found;
mod studio;

pub use about::AboutPage;
pub use aftercare::AftercarePage;
pub use embed::EmbedPage;
pub use estimator::EstimatorPage;
pub use map::{MapPage, MapRegionRoute};
pub use not_found::NotFound;
pub use studio::StudioPage;
