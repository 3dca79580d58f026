//! What an import of plans did, plan by plan.

use crate::locale::fill;

use super::MAX_PLANS;

/// What an import did, plan by plan (by name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub already_here: Vec<String>,
    /// Not added: the list already had [`MAX_PLANS`] plans.
    pub no_room: Vec<String>,
}

impl MergeReport {
    /// One message a person can act on, e.g. "Imported 2 plans: “A”, “B”. 1 did not fit ...".
    pub fn message(&self) -> String {
        fn names(list: &[String]) -> String {
            list.iter()
                .map(|n| fill(tr!("“{n}”"), &[("n", n)]))
                .collect::<Vec<_>>()
                .join(", ")
        }
        fn plans(n: usize) -> String {
            if n == 1 {
                tr!("1 plan").into()
            } else {
                fill(tr!("{n} plans"), &[("n", &n)])
            }
        }
        let mut parts = Vec::new();
        parts.push(match self.added.len() {
            0 => tr!("No plan was imported.").to_string(),
            n => fill(
                tr!("Imported {}: {}."),
                &[("", &plans(n)), ("", &names(&self.added))],
            ),
        });
        if !self.already_here.is_empty() {
            parts.push(fill(
                tr!("Already here, kept as they are: {}."),
                &[("", &names(&self.already_here))],
            ));
        }
        if !self.no_room.is_empty() {
            parts.push(fill(
                tr!("Not imported, as Dermamap keeps at most {MAX_PLANS} plans: {}. Remove plans you no longer need and import the file again."),
                &[("MAX_PLANS", &MAX_PLANS), ("", &names(&self.no_room))],
            ));
        }
        parts.join(" ")
    }

    /// Whether everything in the file is now in the list.
    pub fn complete(&self) -> bool {
        self.no_room.is_empty()
    }
}
