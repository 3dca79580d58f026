//! One aftercare plan: today's tasks first, then what is coming, the phase, the warning
//! signs and the plan's actions.
//!
//! The card is built once per plan; only the parts that show the plan's day (title, phase,
//! tasks, what is coming) follow its changes. The warning signs a person ticked belong to
//! the person (`SignsStore`), not to the plan: ticking a task must never clear them.

use dermamap_core::aftercare::{
    advice_for, calendar_ics, normal_now, warning_signs, Date, DayView, Plan, Repeat, Urgency,
};
use dermamap_core::locale::{fill, tr as t};
use dermamap_core::{content, Procedure};
use leptos::prelude::*;

use super::SourceList;
use crate::device::aftercare_store::{utc_stamp, AftercareStore, SaveStatus};
use crate::device::files::offer_download;
use crate::device::signs_store::SignsStore;

#[component]
pub fn PlanCard(id: String, today: Date) -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| store.plans.with(|p| p.get(&id).cloned()))
    };
    // The card's frame depends only on which procedure the plan is for, which never changes
    // for a plan: a change of ticks or name updates the parts below, not the whole card.
    let procedure = Memo::new(move |_| plan.with(|p| p.as_ref().map(|p| p.procedure)));
    move || {
        procedure.get().map(|procedure| {
            let heading_id = format!("plan-{id}");
            let day_heading = heading_id.clone();
            view! {
                <article class="plan" aria-labelledby=heading_id data-testid="plan">
                    {move || plan.get().map(|p| view! { <PlanDay plan=p today=today heading_id=day_heading.clone() /> })}
                    <WarningSigns plan_id=id.clone() procedure=procedure />
                    <PlanActions plan=plan />
                </article>
            }
        })
    }
}

/// The plan as it stands today: title, phase, today's tasks and what is coming.
#[component]
fn PlanDay(plan: Plan, today: Date, heading_id: String) -> impl IntoView {
    let day = plan.today_view(today);
    let region_name = plan
        .region
        .as_deref()
        .and_then(content::region)
        .map(|r| t(r.name));
    let name = plan.shown_name();
    let title = if day.complete {
        fill(tr!("{}: plan complete"), &[("", &name)])
    } else if day.day_number < 0 {
        fill(
            tr!("{}: starts in {} days"),
            &[("", &name), ("", &-day.day_number)],
        )
    } else {
        fill(
            tr!("Day {} of your {}"),
            &[("", &day.day_number), ("", &name)],
        )
    };
    view! {
        <h2 id=heading_id data-testid="plan-title">{title}</h2>
        <p class="muted">
            {plan.procedure.label()}
            {region_name.map(|n| format!(" · {n}"))}
            {fill(tr!(" · procedure on {}"), &[("", &plan.date.local())])}
        </p>
        {day.phase_info.map(|ph| view! {
            <p class="phase"><strong>{t(ph.title)}": "</strong>{t(ph.summary)}" "<SourceList sources=ph.sources /></p>
        })}
        {day.closing.map(|n| view! { <p class="notice notice-ok">{t(n.text)}" "<SourceList sources=n.sources /></p> })}
        <TodayTasks plan_id=plan.id.to_string() day=day.clone() />
        <ComingUp day=day />
    }
}

#[component]
fn TodayTasks(plan_id: String, day: DayView) -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let day_n = day.day_number.clamp(0, i64::from(u16::MAX)) as u16;
    (!day.today_tasks.is_empty()).then(|| view! {
        <h3>{tr!("Today")}</h3>
        <ul class="tasks" data-testid="today-tasks">
            {day.today_tasks.iter().map(|task| {
                let task_id = task.task.id;
                let done = {
                    let pid = plan_id.clone();
                    move || store.plans.with(|p| p.is_done(&pid, task_id, day_n))
                };
                let pid = plan_id.clone();
                let input_id = format!("{plan_id}-{task_id}");
                let when = match task.task.repeat {
                    Repeat::Daily => fill(tr!("Every day until {}"), &[("", &task.to.local())]),
                    Repeat::Once => fill(tr!("Once, by {}"), &[("", &task.to.local())]),
                };
                view! {
                    <li class="task">
                        <input type="checkbox" id=input_id.clone() data-testid=format!("task-{task_id}")
                            prop:checked=done
                            disabled=move || matches!(store.status.get(), SaveStatus::ReadOnly { .. })
                            on:change=move |_| store.plans.update(|p| { let _ = p.toggle(&pid, task_id, day_n); }) />
                        <label for=input_id>
                            <span class="task-title">{t(task.task.title)}</span>
                            <span class="task-when muted">{when}</span>
                        </label>
                        <p class="task-why">{t(task.task.why)}" "<SourceList sources=task.task.sources /></p>
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}

#[component]
fn ComingUp(day: DayView) -> impl IntoView {
    (!day.upcoming.is_empty()).then(|| view! {
        <details class="upcoming">
            <summary>{tr!("Coming up (")}{day.upcoming.len()}")"</summary>
            <ul>
                {day.upcoming.iter().map(|u| view! {
                    <li><strong>{t(u.task.title)}</strong>{fill(tr!(" — from {} ({} days)"), &[("", &u.starts.local()), ("", &u.in_days)])}" "<SourceList sources=u.task.sources /></li>
                }).collect_view()}
            </ul>
        </details>
    })
}

/// What is normal now, the signs to tick in the two other tiers, and the advice for those
/// ticked. The ticks live in the [`SignsStore`], not in the plan: they outlive every change
/// to the plan, reloads and other tabs.
#[component]
fn WarningSigns(plan_id: String, procedure: Procedure) -> impl IntoView {
    let signs = expect_context::<SignsStore>();
    let (normal, normal_sources) = normal_now(procedure);
    let any_ticked = move || {
        signs
            .ticked
            .with(|t| warning_signs(procedure).any(|s| t.is_ticked(s.id)))
    };
    let tier = move |urgency: Urgency| {
        let plan_id = plan_id.clone();
        view! {
            <h4>{urgency.heading(procedure)}</h4>
            <ul class="checklist">
                {warning_signs(procedure).filter(|s| s.urgency == urgency).map(|s| {
                    let cid = format!("{}-sign-{}", plan_id, s.id);
                    view! {
                        <li>
                            <input type="checkbox" id=cid.clone() data-testid=format!("sign-{}", s.id)
                                prop:checked=move || signs.ticked.with(|t| t.is_ticked(s.id))
                                on:change=move |ev| signs.set(s.id, event_target_checked(&ev)) />
                            <label for=cid>{t(s.label)}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    };
    view! {
        <details class="signs" data-testid="warning-signs" prop:open=any_ticked>
            <summary>{tr!("Warning signs: is something wrong?")}</summary>
            <h4>{Urgency::Reassure.heading(procedure)}</h4>
            <p data-testid="normal-now">{t(normal)}" "<SourceList sources=normal_sources /></p>
            <p>{tr!("Tick anything you notice. Dermamap cannot diagnose; it tells you who to see and how soon.")}</p>
            {tier(Urgency::MedicalHelpNow)}
            {tier(Urgency::SeePractitioner)}
            {move || {
                let ticked: Vec<_> = signs.ticked.with(|t| t.signs()).into_iter().filter(|s| s.procedure == procedure).collect();
                (!ticked.is_empty()).then(|| {
                    let advice = advice_for(&ticked);
                    let class = match advice.urgency { Urgency::MedicalHelpNow => "notice notice-danger", _ => "notice notice-warn" };
                    view! {
                        <div class=class role="alert" data-testid="sign-advice">
                            <p><strong>{advice.urgency.heading(procedure)}</strong></p>
                            <p>{advice.message}</p>
                            <SourceList sources=advice.sources />
                        </div>
                    }
                })
            }}
        </details>
    }
}

#[component]
fn PlanActions(plan: Memo<Option<Plan>>) -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let calendar = move |_| {
        if let Some(p) = plan.get_untracked() {
            let ics = calendar_ics(&p, &utc_stamp());
            offer_download("dermamap-aftercare.ics", "text/calendar", &ics);
        }
    };
    let remove = move |_| {
        let Some(id) = plan.with_untracked(|p| p.as_ref().map(|p| p.id.clone())) else {
            return;
        };
        let ok = window()
            .confirm_with_message(tr!("Remove this plan and its ticks from this device?"))
            .unwrap_or(false);
        if ok {
            store.plans.update(|p| {
                p.remove(&id);
            });
        }
    };
    view! {
        <p class="actions">
            <button type="button" class="secondary" data-testid="calendar" on:click=calendar>
                {tr!("Add key dates to my calendar")}
            </button>
            <button type="button" class="secondary" data-testid="remove-plan" on:click=remove>
                {tr!("Remove plan")}
            </button>
        </p>
    }
}
