//! The protocol: the vocabulary scenarios speak (acts, caller events, services, outcomes).
//!
//! Architecture invariant: the protocol is data. Nothing about a particular act or service is
//! known to Rust code; ids are resolved to small integers once, here.

pub mod def;
pub mod rules;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics, Pos, is_kebab_case, to_kebab_case};
use crate::ron_file::RonFile;
pub use def::ProtocolDef;

/// Index of an act in [`Protocol::acts`].
pub type ActIx = u16;
/// Index of a caller event in [`Protocol::events`].
pub type EventIx = u16;
/// Index of a service in [`Protocol::services`].
pub type ServiceIx = u16;
/// Index of an outcome in [`Protocol::outcomes`].
pub type OutcomeIx = u16;

/// One word of the vocabulary, with the Fluent message that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Its id.
    pub id: String,
    /// Its Fluent message.
    pub message: String,
}

/// A service a counsellor can dispatch, with its opening hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// Its id.
    pub id: String,
    /// Its Fluent message.
    pub message: String,
    /// Opening hours as minutes after midnight, `[open, close)`; may wrap past midnight.
    pub hours: Option<(u16, u16)>,
}

impl Service {
    /// Whether the service answers at `minute` of the day (0..1440).
    pub fn is_open_at(&self, minute: u16) -> bool {
        match self.hours {
            None => true,
            Some((open, close)) if open <= close => (open..close).contains(&minute),
            Some((open, close)) => minute >= open || minute < close,
        }
    }
}

/// What raising an event says about consent: given or refused for a set of services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Consent {
    /// Given (true) or refused (false).
    pub given: bool,
    /// The services it is about, as a mask over [`ServiceIx`] (a protocol has at most
    /// [`MAX_SERVICES`] services).
    pub services: u32,
}

/// The most services a protocol may declare (consent is kept as a 32-bit mask).
pub const MAX_SERVICES: usize = 32;

/// A group of services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Its id.
    pub id: String,
    /// Its Fluent message.
    pub message: String,
    /// The services in it.
    pub services: Vec<ServiceIx>,
}

/// A terms list with an index by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms<T> {
    /// The terms, by index.
    pub items: Vec<T>,
    index: HashMap<String, u16>,
}

impl<T> Default for Terms<T> {
    fn default() -> Self {
        Terms {
            items: Vec::new(),
            index: HashMap::default(),
        }
    }
}

impl<T> Terms<T> {
    /// The index of the term with this id.
    pub fn get(&self, id: &str) -> Option<u16> {
        self.index.get(id).copied()
    }

    /// Every id, in index order.
    pub fn ids(&self) -> impl Iterator<Item = &str> + Clone {
        let mut ids: Vec<&str> = self.index.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids.into_iter()
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> std::ops::Index<u16> for Terms<T> {
    type Output = T;
    fn index(&self, ix: u16) -> &T {
        &self.items[usize::from(ix)]
    }
}

/// A validated protocol with its vocabulary indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protocol {
    /// The protocol's id.
    pub id: String,
    /// Its version: every score names it.
    pub version: String,
    /// SHA-256 of the file's bytes, hex.
    pub hash: String,
    /// The counselling acts.
    pub acts: Terms<Term>,
    /// The caller events.
    pub events: Terms<Term>,
    /// What each caller event says about consent, by the event's index.
    pub consent: Vec<Option<Consent>>,
    /// The services.
    pub services: Terms<Service>,
    /// The service groups.
    pub groups: Terms<Group>,
    /// The outcomes of endings.
    pub outcomes: Terms<Term>,
    /// Topics a scenario may carry; empty when the protocol leaves topics open.
    pub topics: Terms<Term>,
    /// The scoring categories.
    pub categories: Vec<rules::Category>,
    /// The rules.
    pub rules: Vec<rules::Rule>,
    /// The compliance levels' thresholds.
    pub levels: rules::Levels,
    /// The certification thresholds.
    pub certification: rules::Certification,
    /// Simulated seconds of answers and lines; none for protocols before 2.0.
    pub pace: Option<def::PaceDef>,
    /// The rules over an arc of calls (see [`crate::arc`]).
    pub arc_rules: Vec<rules::ArcRule>,
}

impl Protocol {
    /// The services named by `id`: the service itself, or every member of a group.
    pub fn resolve_services(&self, id: &str) -> Option<Vec<ServiceIx>> {
        if let Some(s) = self.services.get(id) {
            return Some(vec![s]);
        }
        self.groups.get(id).map(|g| self.groups[g].services.clone())
    }

    /// Every Fluent message the protocol's vocabulary needs, with where it is declared.
    pub fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.extend(self.acts.items.iter().map(|t| t.message.clone()));
        out.extend(self.events.items.iter().map(|t| t.message.clone()));
        out.extend(self.services.items.iter().map(|t| t.message.clone()));
        out.extend(self.groups.items.iter().map(|t| t.message.clone()));
        out.extend(self.outcomes.items.iter().map(|t| t.message.clone()));
        out.extend(self.topics.items.iter().map(|t| t.message.clone()));
        out.extend(self.categories.iter().map(|c| c.message.clone()));
        for r in &self.rules {
            out.extend([r.message.clone(), r.explain.clone(), r.better.clone()]);
        }
        for r in &self.arc_rules {
            out.extend([r.message.clone(), r.explain.clone()]);
        }
        out
    }
}

/// A protocol reference: `ID` (the current version, `scenarios/protocols/ID.ron`) or
/// `ID@VERSION` (an earlier version kept beside it, `scenarios/protocols/ID@VERSION.ron`).
pub fn split_reference(reference: &str) -> (&str, Option<&str>) {
    match reference.split_once('@') {
        Some((id, version)) => (id, Some(version)),
        None => (reference, None),
    }
}

/// Parses "HH:MM" into minutes after midnight.
pub fn parse_clock(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Reads, validates and indexes a protocol file. Every problem is reported; a protocol is
/// returned only when there is no error.
pub fn load(path: &Path) -> (Option<Protocol>, Diagnostics) {
    let file = match RonFile::read(path) {
        Ok(f) => f,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    let def: ProtocolDef = match file.parse() {
        Ok(def) => def,
        Err(d) => return (None, Diagnostics(vec![d])),
    };
    compile(&def, &file)
}

/// Validates a parsed protocol.
pub fn compile(def: &ProtocolDef, file: &RonFile) -> (Option<Protocol>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let path = file.path.as_path();
    let map = &file.map;
    let at = |list: &str, n: usize| -> Pos {
        map.nth_keyed(&[list], "id", n)
            .map_or(Pos::START, |l| l.pos)
    };

    if !is_kebab_case(&def.id) {
        let pos = map.nth_keyed(&[], "id", 0).map_or(Pos::START, |l| l.pos);
        diags.push(kebab_error(path, pos, "protocol", &def.id));
    }

    fn terms(
        list: &str,
        kind: &str,
        message_id: fn(&str) -> String,
        items: &[(String, Option<String>)],
        path: &Path,
        at: &dyn Fn(&str, usize) -> Pos,
        diags: &mut Diagnostics,
    ) -> Terms<Term> {
        let mut out = Terms::default();
        for (n, (id, message)) in items.iter().enumerate() {
            let pos = at(list, n);
            if !is_kebab_case(id) {
                diags.push(kebab_error(path, pos, kind, id));
            }
            if out.index.contains_key(id) {
                diags.push(
                    Diagnostic::error(path, pos, format!("duplicate {kind} id \"{id}\""))
                        .with_hint(format!(
                            "each {kind} must have its own id; remove or rename this one"
                        )),
                );
                continue;
            }
            out.index.insert(id.clone(), out.items.len() as u16);
            out.items.push(Term {
                id: id.clone(),
                message: message.clone().unwrap_or_else(|| message_id(id)),
            });
        }
        out
    }
    let pairs = |v: &[def::TermDef]| -> Vec<(String, Option<String>)> {
        v.iter()
            .map(|t| (t.id.clone(), t.message.clone()))
            .collect()
    };
    let acts = terms(
        "acts",
        "act",
        crate::msg::act,
        &pairs(&def.acts),
        path,
        &at,
        &mut diags,
    );
    let events = terms(
        "events",
        "event",
        crate::msg::event,
        &def.events
            .iter()
            .map(|e| (e.id.clone(), e.message.clone()))
            .collect::<Vec<_>>(),
        path,
        &at,
        &mut diags,
    );
    let outcomes = terms(
        "outcomes",
        "outcome",
        crate::msg::outcome,
        &pairs(&def.outcomes),
        path,
        &at,
        &mut diags,
    );
    let topics = terms(
        "topics",
        "topic",
        crate::msg::topic,
        &pairs(&def.topics),
        path,
        &at,
        &mut diags,
    );
    let service_pairs: Vec<_> = def
        .services
        .iter()
        .map(|s| (s.id.clone(), s.message.clone()))
        .collect();
    let service_terms = terms(
        "services",
        "service",
        crate::msg::service,
        &service_pairs,
        path,
        &at,
        &mut diags,
    );
    let mut services = Terms {
        items: Vec::new(),
        index: service_terms.index.clone(),
    };
    for (n, term) in service_terms.items.into_iter().enumerate() {
        let def_hours = def
            .services
            .iter()
            .find(|s| s.id == term.id)
            .and_then(|s| s.hours.as_ref());
        let hours = match def_hours {
            None => None,
            Some((open, close)) => match (parse_clock(open), parse_clock(close)) {
                (Some(o), Some(c)) => Some((o, c)),
                _ => {
                    diags.push(
                        Diagnostic::error(
                            path,
                            at("services", n),
                            format!("bad opening hours for service \"{}\"", term.id),
                        )
                        .with_hint("write hours as (\"09:00\", \"18:00\"), in 24-hour time"),
                    );
                    None
                }
            },
        };
        services.items.push(Service {
            id: term.id,
            message: term.message,
            hours,
        });
    }
    let group_pairs: Vec<_> = def
        .service_groups
        .iter()
        .map(|g| (g.id.clone(), g.message.clone()))
        .collect();
    let group_terms = terms(
        "service_groups",
        "service group",
        crate::msg::group,
        &group_pairs,
        path,
        &at,
        &mut diags,
    );
    let mut groups = Terms {
        items: Vec::new(),
        index: group_terms.index.clone(),
    };
    for (n, term) in group_terms.items.into_iter().enumerate() {
        let members = def
            .service_groups
            .iter()
            .find(|g| g.id == term.id)
            .map(|g| g.services.as_slice())
            .unwrap_or_default();
        let range = map.item_range(&["service_groups"], n).unwrap_or((0, 0));
        let mut resolved = Vec::new();
        for member in members {
            match services.get(member) {
                Some(s) => resolved.push(s),
                None => {
                    let pos = map
                        .find_in(member, range.0, range.1)
                        .map_or(at("service_groups", n), |l| l.pos);
                    diags.push(
                        Diagnostic::error(
                            path,
                            pos,
                            format!("unknown service \"{member}\" in group \"{}\"", term.id),
                        )
                        .with_hint(crate::diag::unknown_hint(
                            member,
                            "service",
                            services.ids(),
                        )),
                    );
                }
            }
        }
        if services.get(&term.id).is_some() {
            diags.push(
                Diagnostic::error(
                    path,
                    at("service_groups", n),
                    format!("group \"{}\" has the same id as a service", term.id),
                )
                .with_hint("groups and services share one namespace; rename the group"),
            );
        }
        groups.items.push(Group {
            id: term.id,
            message: term.message,
            services: resolved,
        });
    }

    if services.len() > MAX_SERVICES {
        diags.push(
            Diagnostic::error(
                path,
                at("services", MAX_SERVICES),
                format!("a protocol declares at most {MAX_SERVICES} services"),
            )
            .with_hint("group related services, or split the protocol"),
        );
    }
    let consent = event_consent(def, &events, &services, &groups, file, &mut diags);
    let mut protocol = Protocol {
        id: def.id.clone(),
        version: def.version.clone(),
        hash: file.hash(),
        acts,
        events,
        consent,
        services,
        groups,
        outcomes,
        topics,
        categories: Vec::new(),
        rules: Vec::new(),
        levels: def.levels.clone(),
        certification: def.certification.clone(),
        pace: def.pace,
        arc_rules: Vec::new(),
    };
    rules::compile_rules(&def.categories, &def.rules, &mut protocol, file, &mut diags);
    protocol.arc_rules = rules::compile_arc_rules(&def.arc_rules, file, &mut diags);
    let l = &def.levels;
    if !(l.low <= l.partial && l.partial <= l.compliant && l.compliant <= 100) {
        let pos = file
            .map
            .nth_keyed(&[], "levels", 0)
            .map_or(Pos::START, |l| l.pos);
        diags.push(
            Diagnostic::error(
                path,
                pos,
                "compliance levels must satisfy low <= partial <= compliant <= 100",
            )
            .with_hint("the defaults are compliant: 90, partial: 80, low: 70"),
        );
    }
    if diags.has_errors() {
        return (None, diags);
    }
    (Some(protocol), diags)
}

/// Resolves each event's consent to a mask of services.
fn event_consent(
    def: &ProtocolDef,
    events: &Terms<Term>,
    services: &Terms<Service>,
    groups: &Terms<Group>,
    file: &RonFile,
    diags: &mut Diagnostics,
) -> Vec<Option<Consent>> {
    let mut out = vec![None; events.len()];
    for (n, e) in def.events.iter().enumerate() {
        let (Some(ix), Some(c)) = (events.get(&e.id), &e.consent) else {
            continue;
        };
        let (given, names) = match c {
            def::ConsentDef::Given(v) => (true, v),
            def::ConsentDef::Refused(v) => (false, v),
        };
        let range = file.map.item_range(&["events"], n).unwrap_or((0, 0));
        let mut mask = 0u32;
        for name in names {
            let resolved = services
                .get(name)
                .map(|s| vec![s])
                .or_else(|| groups.get(name).map(|g| groups[g].services.clone()));
            match resolved {
                Some(list) => list
                    .into_iter()
                    .filter(|&s| usize::from(s) < MAX_SERVICES)
                    .for_each(|s| mask |= 1 << s),
                None => {
                    let pos = file
                        .map
                        .find_in(name, range.0, range.1)
                        .map_or(Pos::START, |l| l.pos);
                    let known: Vec<&str> = services.ids().chain(groups.ids()).collect();
                    diags.push(
                        Diagnostic::error(
                            &file.path,
                            pos,
                            format!(
                                "unknown service \"{name}\" in the consent of event \"{}\"",
                                e.id
                            ),
                        )
                        .with_hint(crate::diag::unknown_hint(name, "service", known)),
                    );
                }
            }
        }
        out[usize::from(ix)] = Some(Consent {
            given,
            services: mask,
        });
    }
    out
}

pub(crate) fn kebab_error(path: &Path, pos: Pos, kind: &str, id: &str) -> Diagnostic {
    Diagnostic::error(path, pos, format!("{kind} id \"{id}\" is not kebab-case")).with_hint(
        format!(
            "ids are lowercase words joined by single hyphens, e.g. \"{}\"",
            to_kebab_case(id)
        ),
    )
}
