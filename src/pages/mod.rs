//! One file per route.

mod about;
mod aftercare;
mod estimator;
mod map;
mod not_found;

pub use about::AboutPage;
pub use aftercare::AftercarePage;
pub use estimator::EstimatorPage;
pub use map::MapPage;
pub use not_found::NotFound;
