//! Writing a record without losing what a newer or other Dermamap put in it: fields this
//! version does not know, at the top level and in each plan (matched by id), are carried
//! over into the record written next.

use serde_json::{Map, Value};

use super::super::plans::Plans;
use super::{encode, CURRENT_VERSION};

const KNOWN_TOP: &[&str] = &["version", "plans"];
const KNOWN_PLAN: &[&str] = &["id", "name", "procedure", "region", "date", "ticks"];

/// The fields of a stored current-version record this version does not know, as paths
/// ("theme", "plans\[2\].colour"); empty for anything else.
pub fn unknown_fields(raw: &str) -> Vec<String> {
    let Ok(Value::Object(top)) = serde_json::from_str::<Value>(raw) else {
        return Vec::new();
    };
    let mut out: Vec<String> = top
        .keys()
        .filter(|k| !KNOWN_TOP.contains(&k.as_str()))
        .cloned()
        .collect();
    if let Some(Value::Array(plans)) = top.get("plans") {
        for (i, p) in plans.iter().enumerate() {
            if let Value::Object(p) = p {
                out.extend(
                    p.keys()
                        .filter(|k| !KNOWN_PLAN.contains(&k.as_str()))
                        .map(|k| format!("plans[{i}].{k}")),
                );
            }
        }
    }
    out
}

/// The record for `plans`, as [`encode`] writes it, plus the unknown fields of `previous`
/// (a stored record of the current version). Without any, exactly [`encode`]'s text.
pub fn encode_keeping(plans: &Plans, previous: Option<&str>) -> String {
    let fresh = encode(plans);
    let Some(previous) = previous.filter(|p| !unknown_fields(p).is_empty()) else {
        return fresh;
    };
    let (Ok(Value::Object(old)), Ok(Value::Object(mut new))) = (
        serde_json::from_str::<Value>(previous),
        serde_json::from_str::<Value>(&fresh),
    ) else {
        return fresh;
    };
    if old.get("version").and_then(Value::as_u64) != Some(u64::from(CURRENT_VERSION)) {
        return fresh;
    }
    for (k, v) in &old {
        if !KNOWN_TOP.contains(&k.as_str()) {
            new.insert(k.clone(), v.clone());
        }
    }
    let old_plans: Vec<&Map<String, Value>> = match old.get("plans") {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    };
    if let Some(Value::Array(plans)) = new.get_mut("plans") {
        for plan in plans.iter_mut().filter_map(Value::as_object_mut) {
            let id = plan.get("id").cloned();
            if let Some(before) = old_plans.iter().find(|p| p.get("id") == id.as_ref()) {
                for (k, v) in before.iter() {
                    if !KNOWN_PLAN.contains(&k.as_str()) {
                        plan.insert(k.clone(), v.clone());
                    }
                }
            }
        }
    }
    serde_json::to_string(&Value::Object(new)).unwrap_or(fresh)
}

/// Whether two records say the same, key order aside (so a record read from another tab is
/// not written back in another order).
pub fn same_record(a: &str, b: &str) -> bool {
    match (
        serde_json::from_str::<Value>(a),
        serde_json::from_str::<Value>(b),
    ) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::decode;
    use super::*;

    const WITH_EXTRAS: &str = r#"{"version":2,"theme":"dark","plans":[{"id":"p1","name":"Nape","procedure":"dermal","region":"nape","date":"2024-05-01","ticks":[],"colour":"teal","notes":{"a":1}}]}"#;

    #[test]
    fn unknown_fields_are_found() {
        assert_eq!(
            unknown_fields(WITH_EXTRAS),
            ["theme", "plans[0].colour", "plans[0].notes"]
        );
        assert!(unknown_fields(r#"{"version":2,"plans":[]}"#).is_empty());
        assert!(unknown_fields("not json").is_empty());
    }

    /// Bug (issue 16): saving after any change dropped fields this version does not know.
    #[test]
    fn a_rewrite_keeps_unknown_fields() {
        let plans = decode(Some(WITH_EXTRAS))
            .plans()
            .cloned()
            .expect("readable");
        let written = encode_keeping(&plans, Some(WITH_EXTRAS));
        let v: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(v["theme"], "dark");
        assert_eq!(v["plans"][0]["colour"], "teal");
        assert_eq!(v["plans"][0]["notes"]["a"], 1);
        assert_eq!(decode(Some(&written)).plans(), Some(&plans));
        // Nothing unknown: exactly what encode writes.
        assert_eq!(
            encode_keeping(&plans, Some(&encode(&plans))),
            encode(&plans)
        );
        assert_eq!(encode_keeping(&plans, None), encode(&plans));
        assert!(same_record(
            &written,
            &encode_keeping(&plans, Some(&written))
        ));
        assert!(!same_record(&written, &encode(&plans)));
        assert!(!same_record("x", "x"));
    }
}
