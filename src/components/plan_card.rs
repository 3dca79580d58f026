//! One aftercare plan: today's tasks first, then what is coming, the phase, the warning
//! signs and the plan's actions.

use dermamap_core::aftercare::{advice_for, calendar_ics, warning_signs, Date, Repeat, Urgency};
use dermamap_core::content;
use leptos::prelude::*;

use super::SourceList;
use crate::aftercare_store::{utc_stamp, AftercareStore, SaveStatus};
use crate::download::offer_download;

#[component]
pub fn PlanCard(id: String, today: Date) -> impl IntoView {
    let store = expect_context::<AftercareStore>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| store.plans.with(|p| p.get(&id).cloned()))
    };
    let heading_id = format!("plan-{id}");
    move || {
        let Some(p) = plan.get() else {
            return ().into_any();
        };
        let day = p.today_view(today);
        let region_name = p
            .region
            .as_deref()
            .and_then(content::region)
            .map(|r| r.name);
        let title = if day.complete {
            format!("{}: plan complete", p.name)
        } else if day.day_number < 0 {
            format!("{}: starts in {} days", p.name, -day.day_number)
        } else {
            format!("Day {} of your {}", day.day_number, p.name)
        };
        let plan_id = p.id.clone();
        let plan_for_ics = p.clone();
        let remove_id = p.id.clone();
        let signs_ticked = RwSignal::new(Vec::<&'static str>::new());
        let procedure = p.procedure;
        view! {
            <article class="plan" aria-labelledby=heading_id.clone() data-testid="plan">
                <h2 id=heading_id.clone() data-testid="plan-title">{title}</h2>
                <p class="muted">
                    {procedure.label()}
                    {region_name.map(|n| format!(" · {n}"))}
                    {format!(" · procedure on {}", p.date)}
                </p>
                {day.phase_info.map(|ph| view! {
                    <p class="phase"><strong>{ph.title}": "</strong>{ph.summary}" "<SourceList sources=ph.sources /></p>
                })}
                {day.closing.map(|n| view! { <p class="notice notice-ok">{n.text}" "<SourceList sources=n.sources /></p> })}
                {(!day.today_tasks.is_empty()).then(|| view! {
                    <h3>"Today"</h3>
                    <ul class="tasks" data-testid="today-tasks">
                        {day.today_tasks.iter().map(|t| {
                            let task_id = t.task.id;
                            let day_n = day.day_number.clamp(0, u16::MAX as i64) as u16;
                            let pid = plan_id.clone();
                            let done = {
                                let pid = plan_id.clone();
                                move || store.plans.with(|p| p.is_done(&pid, task_id, day_n))
                            };
                            let input_id = format!("{}-{}", plan_id, task_id);
                            let when = match t.task.repeat {
                                Repeat::Daily => format!("Every day until {}", t.to),
                                Repeat::Once => format!("Once, by {}", t.to),
                            };
                            view! {
                                <li class="task">
                                    <input type="checkbox" id=input_id.clone() data-testid=format!("task-{task_id}")
                                        prop:checked=done
                                        disabled=move || matches!(store.status.get(), SaveStatus::ReadOnly { .. })
                                        on:change=move |_| store.plans.update(|p| { let _ = p.toggle(&pid, task_id, day_n); }) />
                                    <label for=input_id>
                                        <span class="task-title">{t.task.title}</span>
                                        <span class="task-when muted">{when}</span>
                                    </label>
                                    <p class="task-why">{t.task.why}" "<SourceList sources=t.task.sources /></p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {(!day.upcoming.is_empty()).then(|| view! {
                    <details class="upcoming">
                        <summary>"Coming up ("{day.upcoming.len()}")"</summary>
                        <ul>
                            {day.upcoming.iter().map(|u| view! {
                                <li><strong>{u.task.title}</strong>{format!(" — from {} ({} days)", u.starts, u.in_days)}" "<SourceList sources=u.task.sources /></li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
                <details class="signs" data-testid="warning-signs">
                    <summary>"Warning signs: is something wrong?"</summary>
                    <p>"Tick anything you notice. Dermamap cannot diagnose; it tells you who to see."</p>
                    <ul class="checklist">
                        {warning_signs(procedure).map(|s| {
                            let cid = format!("{}-sign-{}", plan_id, s.id);
                            view! {
                                <li>
                                    <input type="checkbox" id=cid.clone() data-testid=format!("sign-{}", s.id)
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            signs_ticked.update(|t| { t.retain(|x| *x != s.id); if on { t.push(s.id); } });
                                        } />
                                    <label for=cid>{s.label}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {move || {
                        let ticked = signs_ticked.get();
                        (!ticked.is_empty()).then(|| {
                            let signs: Vec<_> = warning_signs(procedure).filter(|s| ticked.contains(&s.id)).collect();
                            let advice = advice_for(&signs);
                            let class = match advice.urgency { Urgency::SeeDoctor => "notice notice-danger", _ => "notice notice-warn" };
                            view! { <div class=class role="alert" data-testid="sign-advice"><p>{advice.message}</p><SourceList sources=advice.sources /></div> }
                        })
                    }}
                </details>
                <p class="actions">
                    <button type="button" class="secondary" data-testid="calendar"
                        on:click=move |_| { let ics = calendar_ics(&plan_for_ics, &utc_stamp()); offer_download("dermamap-aftercare.ics", "text/calendar", &ics); }>
                        "Add key dates to my calendar"
                    </button>
                    <button type="button" class="secondary" data-testid="remove-plan"
                        on:click=move |_| {
                            let ok = window().confirm_with_message("Remove this plan and its ticks from this device?").unwrap_or(false);
                            if ok { store.plans.update(|p| { p.remove(&remove_id); }); }
                        }>
                        "Remove plan"
                    </button>
                </p>
            </article>
        }
        .into_any()
    }
}
