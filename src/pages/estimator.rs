use dermamap_core::content;
use dermamap_core::estimator::{
    anchors_help, depth_from_field, depth_help, estimate, sessions_help, whole_number_in, Concern,
    EstimateInput, Material, NeedleDepth, PriceBook, Skin, Technique, Tolerance, TopStyle,
    ANCHORS_MAX, ANCHORS_MIN, SESSIONS_MAX, SESSIONS_MIN,
};
use dermamap_core::locale::tr as t;
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::intro::{ESTIMATOR_EMBED_LEDE, ESTIMATOR_INTRO};
use crate::components::{in_own_task, CheckField, Choice, EstimateResult, NumberField, Prescreen};
use crate::nav::{Nav, Tool};
use crate::site_map::Page;

/// The studio's prices when embedded, else the sourced defaults (see the embed issue).
#[derive(Clone)]
pub struct PriceBookContext(pub Signal<PriceBook>);

#[component]
pub fn EstimatorPage() -> impl IntoView {
    // The link that opened the page is read once: after that the form is the source of
    // truth, shown in the address where the address follows the page (see Nav). While the
    // app hydrates the prerendered page it starts from no link, and the form takes the link's
    // choices (`?procedure=…`) once the address may be read.
    let nav = Nav::get();
    let (initial, first_notices) = EstimateInput::from_query(&nav.start_query(Tool::Estimator));
    let input = RwSignal::new(initial);
    let notices = RwSignal::new(first_notices);
    let book = use_context::<PriceBookContext>()
        .map(|c| c.0)
        .unwrap_or_else(|| Signal::stored(PriceBook::sourced_default()));
    let open_link = move |q: String| {
        let (link_input, link_notices) = EstimateInput::from_query(&q);
        input.set(link_input);
        notices.set(link_notices);
    };
    nav.on_link_query(Tool::Estimator, open_link);
    nav.show_query(Page::Estimator, open_link, move || {
        input.with(|i| i.to_query())
    });

    let result = Memo::new(move |_| input.with(|i| book.with(|b| estimate(i, b))));
    // A field whose value cannot be used leaves the estimate at the last usable one: it says so.
    let field_unusable = RwSignal::new(false);

    view! {
        // In a studio's embed the page's head is the embed's.
        {Nav::get().address_follows().then(|| view! {
            <Title text=tr!("Pain and cost estimator") />
            <Meta name="description" content=tr!("Estimate the pain and total cost of a micro-dermal piercing or a microneedling course: explained ranges with their sources, shareable by link.") />
        })}
        <section class="page estimator-page" data-testid="estimator-page">
            <h1>{t(ESTIMATOR_INTRO.heading)}</h1>
            <p class="lede">{if nav.address_follows() { t(ESTIMATOR_INTRO.lede) } else { t(ESTIMATOR_EMBED_LEDE) }}</p>
            {move || notices.with(|n| !n.is_empty()).then(|| view! {
                <div class="notice notice-warn" role="status" data-testid="query-notice">
                    <p><strong>{tr!("Some values in the link could not be used, so defaults are shown for them:")}</strong></p>
                    <ul>{notices.get().into_iter().map(|n| view! { <li><code>{n.field}</code>": "{n.message}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="estimator-layout">
                // Each hydrated in a task of its own: start-up is not one long task.
                {in_own_task(move || view! { <EstimatorForm input=input field_unusable=field_unusable /> })}
                {in_own_task(move || view! {
                    <div class="estimator-output" aria-live="polite" data-testid="estimate-output">
                        {move || field_unusable.get().then(|| view! {
                            <p class="notice notice-warn" role="status" data-testid="estimate-stale">
                                {tr!("This estimate is still for the last values that could be used: correct the field marked in the form to update it.")}
                            </p>
                        })}
                        {move || match result.get() {
                            Ok(est) => view! { <EstimateResult estimate=est input=input.get_untracked() /> }.into_any(),
                            Err(errors) => view! {
                                <div class="notice notice-warn" role="alert" data-testid="estimate-errors">
                                    <p>{tr!("Fix these to see an estimate:")}</p>
                                    <ul>{errors.iter().map(|e| view! { <li>{e.message()}</li> }).collect_view()}</ul>
                                </div>
                            }.into_any(),
                        }}
                    </div>
                })}
            </div>
            <Show when=move || input.with(|i| i.procedure == Procedure::Microneedling)>
                <Prescreen />
            </Show>
        </section>
    }
}

#[component]
fn EstimatorForm(input: RwSignal<EstimateInput>, field_unusable: RwSignal<bool>) -> impl IntoView {
    let procedure = Signal::derive(move || input.with(|i| i.procedure));
    let region = Signal::derive(move || input.with(|i| i.region.clone()));
    let anchors_error = RwSignal::new(None::<String>);
    let depth_error = RwSignal::new(None::<String>);
    let sessions_error = RwSignal::new(None::<String>);
    // Only the shown procedure's fields count (switching hides the other's).
    Effect::new(move |_| {
        let unusable = match procedure.get() {
            Procedure::Dermal => anchors_error.with(Option::is_some),
            Procedure::Microneedling => {
                depth_error.with(Option::is_some) || sessions_error.with(Option::is_some)
            }
        };
        field_unusable.set(unusable);
    });

    // The fields of the procedure left are rebuilt with the values in use when it comes back:
    // their errors go with them.
    let set_procedure = Callback::new(move |p: Procedure| {
        anchors_error.set(None);
        depth_error.set(None);
        sessions_error.set(None);
        input.update(|i| i.switch_procedure(p));
    });

    let region_options = move || {
        let p = procedure.get();
        content::regions_for(p)
            .map(|r| (r.id.slug(), t(r.name)))
            .collect::<Vec<_>>()
    };

    view! {
        <form class="estimator-form" data-testid="estimator-form" on:submit=|ev| ev.prevent_default()>
            // Each set of fields hydrated in a task of its own: the form is not one long task.
            {in_own_task(move || view! {
                <fieldset>
                    <legend>{tr!("What and where")}</legend>
                    <Choice
                        id="procedure"
                        label=tr!("Procedure")
                        options=Procedure::ALL.iter().map(|p| (*p, p.slug(), p.name())).collect()
                        value=procedure
                        on_pick=set_procedure
                    />
                    <div class="field">
                        <label for="region">{tr!("Area of the body")}</label>
                        <select
                            id="region"
                            data-testid="region"
                            on:change=move |ev| {
                                let id = event_target_value(&ev);
                                let mut chosen = false;
                                input.update(|i| chosen = i.choose_region(&id));
                                if chosen {
                                    depth_error.set(None);
                                }
                            }
                        >
                            {move || region_options()
                                .into_iter()
                                .map(|(id, name)| view! { <option value=id selected=move || region.get() == id>{name}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <Choice
                        id="tolerance"
                        label=tr!("Your pain tolerance")
                        options=Tolerance::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                        value=Signal::derive(move || input.with(|i| i.tolerance))
                        on_pick=Callback::new(move |t| input.update(|i| i.tolerance = t))
                        help=tr!("The article “Micro Dermal Piercing” names individual pain tolerance as one of the things that decide how much a dermal hurts; for microneedling, the article “What is micro needling” says numbing cream helps with a low tolerance.")
                    />
                </fieldset>
            })}
            <Show when=move || procedure.get() == Procedure::Dermal>
                {in_own_task(move || view! {
                    <fieldset data-testid="dermal-options">
                        <legend>{tr!("Micro-dermal choices")}</legend>
                        <NumberField
                            id="anchors" label=tr!("Number of anchors") unit="" min=ANCHORS_MIN.to_string() max=ANCHORS_MAX.to_string() step="1"
                            value=Signal::derive(move || input.with(|i| i.dermal.anchors.to_string()))
                            error=anchors_error
                            help=anchors_help()
                            on_value=Callback::new(move |raw: String| {
                                match whole_number_in(&raw, ANCHORS_MIN, ANCHORS_MAX) {
                                    Ok(n) => { anchors_error.set(None); input.update(|i| i.dermal.anchors = n); }
                                    Err(e) => anchors_error.set(Some(e)),
                                }
                            })
                        />
                        <Choice id="technique" label=tr!("Technique") options=Technique::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                            value=Signal::derive(move || input.with(|i| i.dermal.technique))
                            on_pick=Callback::new(move |t| input.update(|i| i.dermal.technique = t)) />
                        <Choice id="material" label=tr!("Jewellery material") options=Material::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                            value=Signal::derive(move || input.with(|i| i.dermal.material))
                            on_pick=Callback::new(move |t| input.update(|i| i.dermal.material = t))
                            help=tr!("Professional piercers' minimum: implant-grade titanium, niobium, implant steel, or solid 14k-18k gold, never plated (APP).") />
                        <Choice id="top" label=tr!("Top style") options=TopStyle::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                            value=Signal::derive(move || input.with(|i| i.dermal.top))
                            on_pick=Callback::new(move |t| input.update(|i| i.dermal.top = t)) />
                        <CheckField id="jewellery" label=tr!("The studio's price includes the jewellery")
                            checked=Signal::derive(move || input.with(|i| i.dermal.jewellery_included))
                            on_toggle=Callback::new(move |on| input.update(|i| i.dermal.jewellery_included = on)) />
                    </fieldset>
                })}
            </Show>
            <Show when=move || procedure.get() == Procedure::Microneedling>
                {in_own_task(move || view! {
                    <fieldset data-testid="needling-options">
                        <legend>{tr!("Microneedling choices")}</legend>
                        <Choice id="concern" label=tr!("What you want to treat") options=Concern::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                            value=Signal::derive(move || input.with(|i| i.needling.concern))
                            on_pick=Callback::new(move |c: Concern| { input.update(|i| i.choose_concern(c)); sessions_error.set(None); }) />
                        <Choice id="skin" label=tr!("Skin in that area") options=Skin::ALL.iter().map(|x| (*x, x.slug(), x.label())).collect()
                            value=Signal::derive(move || input.with(|i| i.needling.skin))
                            on_pick=Callback::new(move |s: Skin| { input.update(|i| i.choose_skin(s)); depth_error.set(None); }) />
                        <NumberField
                            id="depth" label=tr!("Needle depth") unit="mm" min=NeedleDepth::MIN.text() max=NeedleDepth::MAX.text() step="0.05"
                            value=Signal::derive(move || input.with(|i| i.needling.depth.text()))
                            error=depth_error
                            help=depth_help()
                            on_value=Callback::new(move |raw: String| {
                                match depth_from_field(&raw) {
                                    Ok(d) => { depth_error.set(None); input.update(|i| i.needling.depth = d); }
                                    Err(e) => depth_error.set(Some(e)),
                                }
                            })
                        />
                        <NumberField
                            id="sessions" label=tr!("Sessions in the course") unit="" min=SESSIONS_MIN.to_string() max=SESSIONS_MAX.to_string() step="1"
                            value=Signal::derive(move || input.with(|i| i.needling.sessions.to_string()))
                            error=sessions_error
                            help=sessions_help()
                            on_value=Callback::new(move |raw: String| {
                                match whole_number_in(&raw, SESSIONS_MIN, SESSIONS_MAX) {
                                    Ok(n) => { sessions_error.set(None); input.update(|i| i.needling.sessions = n); }
                                    Err(e) => sessions_error.set(Some(e)),
                                }
                            })
                        />
                        <CheckField id="numbing" label=tr!("Numbing cream before the session")
                            checked=Signal::derive(move || input.with(|i| i.needling.numbing))
                            on_toggle=Callback::new(move |on| input.update(|i| i.needling.numbing = on)) />
                        <CheckField id="home" label=tr!("At home with a roller or pen (not in a clinic)")
                            checked=Signal::derive(move || input.with(|i| i.needling.at_home))
                            on_toggle=Callback::new(move |on| input.update(|i| i.needling.at_home = on)) />
                    </fieldset>
                })}
            </Show>
        </form>
    }
}
