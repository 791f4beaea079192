//! Agreement between assessors, as plain arithmetic over what two reviews of the same call say
//! (no database: `agreement_page` reads the reviews, `calibration` compares with a reference).
//!
//! - [`two_raters`]: percent agreement, Cohen's kappa (observed and expected agreement) and
//!   Gwet's AC1 for two raters over the same items; [`pairwise`] for more raters.
//! - [`items`]: the items two reviews of one call are compared on. Each automatic deviation of
//!   the machine scorecard is an item each reviewer rates "stands" (agreed) or "withdrawn"; each
//!   deviation a reviewer added is an item, rated "not a deviation" by the other unless they
//!   added the same rule at the same turn; the call's compliance level is an item of its own
//!   (five categories), kept apart from the deviation items.
//! - [`summarise`]: per rule, per category and per assessor, with each assessor's drift from
//!   the machine and from their peers.
//!
//! Kappa misleads when nearly every item falls in one category (the high-agreement paradox:
//! raters who agree on 95 items of 100 can have a kappa near zero); AC1 stays stable there, so
//! both are reported beside the plain percentage. A statistic that is undefined (no item, or a
//! kappa whose expected agreement is 1) is `None`, shown as "—", never NaN.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// Agreement of two raters over the same items.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Stats {
    /// Items both rated.
    pub items: usize,
    /// Items they rated alike.
    pub agreed: usize,
    /// Observed agreement, 0-1 (`agreed / items`): the percent agreement.
    pub observed: Option<f64>,
    /// Agreement expected by chance under Cohen's model (each rater's own marginals).
    pub kappa_expected: Option<f64>,
    /// Cohen's kappa: `(observed - expected) / (1 - expected)`.
    pub kappa: Option<f64>,
    /// Agreement expected by chance under Gwet's model (`Σ π(1-π) / (q-1)`).
    pub ac1_expected: Option<f64>,
    /// Gwet's AC1: `(observed - expected) / (1 - expected)`.
    pub ac1: Option<f64>,
}

/// Agreement of two raters: `ratings` holds, per item, the first rater's and the second rater's
/// category; `scale` is how many categories the rating scale has (2 for a yes/no item, 5 for a
/// compliance level), whether or not each was used.
pub fn two_raters<T: Ord>(ratings: &[(T, T)], scale: usize) -> Stats {
    let n = ratings.len();
    if n == 0 {
        return Stats::default();
    }
    let agreed = ratings.iter().filter(|(a, b)| a == b).count();
    let mut first: BTreeMap<&T, usize> = BTreeMap::new();
    let mut second: BTreeMap<&T, usize> = BTreeMap::new();
    for (a, b) in ratings {
        *first.entry(a).or_default() += 1;
        *second.entry(b).or_default() += 1;
    }
    let used: BTreeSet<&T> = first.keys().chain(second.keys()).copied().collect();
    let nf = n as f64;
    let observed = agreed as f64 / nf;
    let kappa_expected: f64 = used
        .iter()
        .map(|k| {
            let a = first.get(k).copied().unwrap_or(0) as f64 / nf;
            let b = second.get(k).copied().unwrap_or(0) as f64 / nf;
            a * b
        })
        .sum();
    let q = scale.max(used.len());
    let ac1_expected = (q >= 2).then(|| {
        used.iter()
            .map(|k| {
                let both = first.get(k).copied().unwrap_or(0) + second.get(k).copied().unwrap_or(0);
                let pi = both as f64 / (2.0 * nf);
                pi * (1.0 - pi)
            })
            .sum::<f64>()
            / (q - 1) as f64
    });
    let chance_corrected = |expected: f64| {
        // Expected agreement of 1: both raters used one and the same category for every item;
        // the statistic is 0/0, undefined.
        (1.0 - expected > 1e-12).then(|| (observed - expected) / (1.0 - expected))
    };
    Stats {
        items: n,
        agreed,
        observed: Some(observed),
        kappa_expected: Some(kappa_expected),
        kappa: chance_corrected(kappa_expected),
        ac1_expected,
        ac1: ac1_expected.and_then(chance_corrected),
    }
}

/// Agreement of every pair of raters: `raters[r][i]` is rater `r`'s category for item `i`, or
/// `None` where they did not rate it; each pair is compared over the items both rated.
pub fn pairwise<T: Ord + Clone>(
    raters: &[Vec<Option<T>>],
    scale: usize,
) -> Vec<(usize, usize, Stats)> {
    let mut out = Vec::new();
    for a in 0..raters.len() {
        for b in a + 1..raters.len() {
            let both: Vec<(T, T)> = raters[a]
                .iter()
                .zip(&raters[b])
                .filter_map(|(x, y)| Some((x.clone()?, y.clone()?)))
                .collect();
            out.push((a, b, two_raters(&both, scale)));
        }
    }
    out
}

/// How many compliance levels a call can have (the scale of the level item).
pub const LEVELS: usize = doverie_core::score::Level::ALL.len();

/// What the machine said about a call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Machine {
    /// Each automatic deviation's rule and category, in the scorecard's order (the index is the
    /// `item` of `review_verdicts`).
    pub deviations: Vec<(String, String)>,
    /// The category of every rule of the protocol (for deviations a reviewer added).
    pub categories: BTreeMap<String, String>,
    pub total: Option<f64>,
    pub level: Option<String>,
}

/// What one signed review said about a call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    pub id: i64,
    pub assessor: i64,
    /// Verdict per automatic deviation (its index): `true` when the reviewer agreed it stands.
    pub verdicts: BTreeMap<usize, bool>,
    /// Deviations the reviewer added: rule and turn.
    pub additions: Vec<(String, i64)>,
    pub total: Option<f64>,
    pub level: Option<String>,
}

/// One deviation item of two reviews of a call: is it a deviation, says each reviewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub rule: String,
    /// The rule's category (empty when the protocol's rule list does not name it).
    pub category: String,
    /// Automatic (from the scorecard) or added by a reviewer.
    pub automatic: bool,
    pub first: bool,
    pub second: bool,
}

/// The deviation items of two reviews of the same call (see the module's documentation). An
/// automatic deviation that one review left without a verdict is not an item.
pub fn items(machine: &Machine, first: &Review, second: &Review) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, (rule, category)) in machine.deviations.iter().enumerate() {
        if let (Some(&a), Some(&b)) = (first.verdicts.get(&i), second.verdicts.get(&i)) {
            out.push(Item {
                rule: rule.clone(),
                category: category.clone(),
                automatic: true,
                first: a,
                second: b,
            });
        }
    }
    let mut added: BTreeMap<(&str, i64), (usize, usize)> = BTreeMap::new();
    for (rule, turn) in &first.additions {
        added.entry((rule, *turn)).or_default().0 += 1;
    }
    for (rule, turn) in &second.additions {
        added.entry((rule, *turn)).or_default().1 += 1;
    }
    for ((rule, _), (a, b)) in added {
        for k in 0..a.max(b) {
            out.push(Item {
                rule: rule.to_string(),
                category: machine.categories.get(rule).cloned().unwrap_or_default(),
                automatic: false,
                first: k < a,
                second: k < b,
            });
        }
    }
    out
}

/// Items matched and items in all, for one call: its deviation items and its level (when both
/// reviews name one). Calibration compares an assessor's review with the reference this way.
pub fn matched(machine: &Machine, reference: &Review, review: &Review) -> (usize, usize) {
    let items = items(machine, reference, review);
    let mut agreed = items.iter().filter(|i| i.first == i.second).count();
    let mut all = items.len();
    if let (Some(a), Some(b)) = (&reference.level, &review.level) {
        all += 1;
        agreed += usize::from(a == b);
    }
    (agreed, all)
}

/// A call reviewed twice, both reviews signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub attempt: i64,
    pub machine: Machine,
    pub first: Review,
    pub second: Review,
}

/// One row of a table: a rule, a category or the whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The rule's or category's id (empty for the whole).
    pub id: String,
    /// A rule's category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub stats: Stats,
}

/// How far an assessor strays.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Drift {
    /// Their signed reviews (first or second) of any attempt.
    pub reviews: usize,
    /// Automatic deviations they gave a verdict on, and how many of them they withdrew.
    pub automatic: usize,
    pub withdrawn: usize,
    /// `withdrawn / automatic`, 0-1.
    pub withdrawn_share: Option<f64>,
    /// Deviations they added.
    pub added: usize,
    /// Mean of their reviewed total minus the machine total (points of 100).
    pub from_machine: Option<f64>,
    /// Calls they reviewed twice with a peer, and the mean of their reviewed total minus the
    /// peer's on the same call.
    pub peer_calls: usize,
    pub from_peers: Option<f64>,
}

/// One assessor's row: agreement over the pairs they took part in (they are the first rater,
/// their peer the second), on deviations and on the level, and their drift.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessor {
    pub assessor: i64,
    pub stats: Stats,
    pub level: Stats,
    pub drift: Drift,
}

/// The centre's agreement, from every call reviewed twice with both reviews signed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Calls reviewed twice.
    pub pairs: usize,
    /// Every deviation item of every pair.
    pub overall: Stats,
    /// The compliance level of every pair.
    pub level: Stats,
    pub rules: Vec<Row>,
    pub categories: Vec<Row>,
    pub assessors: Vec<Assessor>,
}

/// The figures over `pairs`, with drift from the machine over `reviews` (every signed first or
/// second review, each with what the machine said about its call).
pub fn summarise(pairs: &[Pair], reviews: &[(&Machine, &Review)]) -> Summary {
    let yes_no = |items: &[&Item]| {
        let r: Vec<(bool, bool)> = items.iter().map(|i| (i.first, i.second)).collect();
        two_raters(&r, 2)
    };
    let levels = |pairs: &mut dyn Iterator<Item = (&Review, &Review)>| {
        let r: Vec<(String, String)> = pairs
            .filter_map(|(a, b)| Some((a.level.clone()?, b.level.clone()?)))
            .collect();
        two_raters(&r, LEVELS)
    };
    let all: Vec<(usize, Item)> = pairs
        .iter()
        .enumerate()
        .flat_map(|(p, pair)| {
            items(&pair.machine, &pair.first, &pair.second)
                .into_iter()
                .map(move |i| (p, i))
        })
        .collect();
    let mut by_rule: BTreeMap<(&str, &str), Vec<&Item>> = BTreeMap::new();
    let mut by_category: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for (_, i) in &all {
        by_rule.entry((&i.rule, &i.category)).or_default().push(i);
        by_category.entry(&i.category).or_default().push(i);
    }
    let every: Vec<&Item> = all.iter().map(|(_, i)| i).collect();
    let mut assessors: BTreeSet<i64> = BTreeSet::new();
    for p in pairs {
        assessors.extend([p.first.assessor, p.second.assessor]);
    }
    for (_, r) in reviews {
        assessors.insert(r.assessor);
    }
    let assessors = assessors
        .into_iter()
        .map(|who| {
            // Oriented so that `who` is the first rater.
            let mut mine = Vec::new();
            for (p, i) in &all {
                let pair = &pairs[*p];
                if pair.first.assessor == who {
                    mine.push((i.first, i.second));
                } else if pair.second.assessor == who {
                    mine.push((i.second, i.first));
                }
            }
            let theirs = pairs.iter().filter_map(|p| {
                if p.first.assessor == who {
                    Some((&p.first, &p.second))
                } else if p.second.assessor == who {
                    Some((&p.second, &p.first))
                } else {
                    None
                }
            });
            let peer: Vec<f64> = theirs
                .clone()
                .filter_map(|(a, b)| Some(a.total? - b.total?))
                .collect();
            let own: Vec<&(&Machine, &Review)> =
                reviews.iter().filter(|(_, r)| r.assessor == who).collect();
            let automatic = own.iter().map(|(_, r)| r.verdicts.len()).sum::<usize>();
            let withdrawn = own
                .iter()
                .map(|(_, r)| r.verdicts.values().filter(|agree| !**agree).count())
                .sum::<usize>();
            let machine: Vec<f64> = own
                .iter()
                .filter_map(|(m, r)| Some(r.total? - m.total?))
                .collect();
            Assessor {
                assessor: who,
                stats: two_raters(&mine, 2),
                level: levels(&mut theirs.clone()),
                drift: Drift {
                    reviews: own.len(),
                    automatic,
                    withdrawn,
                    withdrawn_share: (automatic > 0).then(|| withdrawn as f64 / automatic as f64),
                    added: own.iter().map(|(_, r)| r.additions.len()).sum(),
                    from_machine: mean(&machine),
                    peer_calls: peer.len(),
                    from_peers: mean(&peer),
                },
            }
        })
        .collect();
    Summary {
        pairs: pairs.len(),
        overall: yes_no(&every),
        level: levels(&mut pairs.iter().map(|p| (&p.first, &p.second))),
        rules: by_rule
            .into_iter()
            .map(|((rule, category), items)| Row {
                id: rule.to_string(),
                category: Some(category.to_string()),
                stats: yes_no(&items),
            })
            .collect(),
        categories: by_category
            .into_iter()
            .map(|(category, items)| Row {
                id: category.to_string(),
                category: None,
                stats: yes_no(&items),
            })
            .collect(),
        assessors,
    }
}

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(both_yes: usize, yes_no: usize, no_yes: usize, both_no: usize) -> Vec<(bool, bool)> {
        let mut r = Vec::new();
        r.extend(std::iter::repeat_n((true, true), both_yes));
        r.extend(std::iter::repeat_n((true, false), yes_no));
        r.extend(std::iter::repeat_n((false, true), no_yes));
        r.extend(std::iter::repeat_n((false, false), both_no));
        r
    }

    fn close(x: Option<f64>, want: f64) -> bool {
        x.is_some_and(|x| (x - want).abs() < 1e-9)
    }

    /// Cohen's textbook table, 50 items: both yes 20, yes/no 5, no/yes 10, both no 15.
    /// observed = 35/50 = 0.7; first says yes 25/50 = 0.5, second 30/50 = 0.6;
    /// kappa expected = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4;
    /// AC1: π_yes = (25+30)/100 = 0.55, π_no = 0.45; expected = 2·0.55·0.45/(2-1) = 0.495;
    /// AC1 = (0.7-0.495)/(1-0.495) = 0.205/0.505 = 0.405940594...
    #[test]
    fn a_two_by_two_table() {
        let s = two_raters(&table(20, 5, 10, 15), 2);
        assert_eq!((s.items, s.agreed), (50, 35));
        assert!(close(s.observed, 0.7));
        assert!(close(s.kappa_expected, 0.5));
        assert!(close(s.kappa, 0.4));
        assert!(close(s.ac1_expected, 0.495));
        assert!(close(s.ac1, 0.205 / 0.505));
    }

    /// The paradox: 100 items, both "no deviation" on 95, first alone says "deviation" on 3,
    /// second alone on 2, both never. observed = 0.95;
    /// kappa expected = 0.03·0.02 + 0.97·0.98 = 0.0006 + 0.9506 = 0.9512;
    /// kappa = (0.95-0.9512)/(1-0.9512) = -0.0012/0.0488 = -0.024590...: no better than chance;
    /// AC1: π_yes = 5/200 = 0.025, π_no = 0.975; expected = 2·0.025·0.975 = 0.04875;
    /// AC1 = (0.95-0.04875)/(1-0.04875) = 0.90125/0.95125 = 0.947437...
    #[test]
    fn the_high_agreement_paradox() {
        let s = two_raters(&table(0, 3, 2, 95), 2);
        assert!(close(s.observed, 0.95));
        assert!(close(s.kappa_expected, 0.9512));
        assert!(close(s.kappa, -0.0012 / 0.0488));
        assert!(s.kappa.unwrap() < 0.0);
        assert!(close(s.ac1_expected, 0.04875));
        assert!(close(s.ac1, 0.90125 / 0.95125));
        assert!(s.ac1.unwrap() > 0.94);
    }

    /// Three levels over 10 calls (scale of 5 levels):
    /// pairs: (c,c)×4, (p,p)×2, (l,l)×1, (c,p)×2, (p,l)×1. observed = 7/10 = 0.7.
    /// first: c 6, p 3, l 1; second: c 4, p 4, l 2.
    /// kappa expected = 0.6·0.4 + 0.3·0.4 + 0.1·0.2 = 0.24+0.12+0.02 = 0.38;
    /// kappa = (0.7-0.38)/0.62 = 0.32/0.62 = 0.516129...
    /// AC1 (q = 5): π_c = 10/20 = 0.5, π_p = 7/20 = 0.35, π_l = 3/20 = 0.15;
    /// Σπ(1-π) = 0.25 + 0.2275 + 0.1275 = 0.605; expected = 0.605/4 = 0.15125;
    /// AC1 = (0.7-0.15125)/(0.84875) = 0.54875/0.84875 = 0.646539...
    #[test]
    fn a_table_of_levels() {
        let mut r = Vec::new();
        for (a, b, n) in [
            ("c", "c", 4),
            ("p", "p", 2),
            ("l", "l", 1),
            ("c", "p", 2),
            ("p", "l", 1),
        ] {
            r.extend(std::iter::repeat_n((a, b), n));
        }
        let s = two_raters(&r, 5);
        assert!(close(s.observed, 0.7));
        assert!(close(s.kappa_expected, 0.38));
        assert!(close(s.kappa, 0.32 / 0.62));
        assert!(close(s.ac1_expected, 0.15125));
        assert!(close(s.ac1, 0.54875 / 0.84875));
    }

    /// Degenerate tables: no item at all (nothing is defined); one category only, used by both
    /// raters for every item (observed 1, kappa expected 1, kappa 0/0 undefined; AC1 expected
    /// Σπ(1-π) = 1·0 = 0, AC1 = 1); perfect agreement over both categories (kappa 1).
    #[test]
    fn degenerate_tables_are_undefined_not_nan() {
        let none = two_raters::<bool>(&[], 2);
        assert_eq!(none, Stats::default());
        assert!(none.observed.is_none() && none.kappa.is_none() && none.ac1.is_none());
        let one = two_raters(&table(0, 0, 0, 12), 2);
        assert!(close(one.observed, 1.0));
        assert!(close(one.kappa_expected, 1.0));
        assert_eq!(one.kappa, None);
        assert!(close(one.ac1_expected, 0.0));
        assert!(close(one.ac1, 1.0));
        // A scale of one category: AC1 has no chance model either.
        let single = two_raters(&[("x", "x")], 1);
        assert_eq!((single.kappa, single.ac1), (None, None));
        // Perfect agreement, both categories used: 6 yes, 4 no. kappa expected = 0.36+0.16 =
        // 0.52, kappa = 0.48/0.48 = 1; AC1 expected = 2·0.6·0.4 = 0.48, AC1 = 1.
        let perfect = two_raters(&table(6, 0, 0, 4), 2);
        assert!(close(perfect.kappa, 1.0) && close(perfect.ac1, 1.0));
        for s in [none, one, single, perfect] {
            for x in [s.observed, s.kappa, s.ac1, s.kappa_expected, s.ac1_expected] {
                assert!(x.is_none_or(f64::is_finite));
            }
        }
    }

    /// Three raters over 4 items, one missing rating: each pair over the items both rated.
    /// Raters 0 and 1 agree on all 4 (yes,yes,no,no): kappa expected 0.5, kappa 1.
    /// Raters 0 and 2 share items 0, 1, 2 (2 missing at item 3): (y,n),(y,y),(n,n): observed 2/3.
    #[test]
    fn pairwise_compares_each_pair_over_shared_items() {
        let raters = vec![
            vec![Some(true), Some(true), Some(false), Some(false)],
            vec![Some(true), Some(true), Some(false), Some(false)],
            vec![Some(false), Some(true), Some(false), None],
        ];
        let p = pairwise(&raters, 2);
        assert_eq!(
            p.iter().map(|(a, b, _)| (*a, *b)).collect::<Vec<_>>(),
            [(0, 1), (0, 2), (1, 2)]
        );
        assert!(close(p[0].2.kappa, 1.0));
        assert_eq!(p[1].2.items, 3);
        assert!(close(p[1].2.observed, 2.0 / 3.0));
    }

    fn review(id: i64, assessor: i64, verdicts: &[bool], additions: &[(&str, i64)]) -> Review {
        Review {
            id,
            assessor,
            verdicts: verdicts.iter().copied().enumerate().collect(),
            additions: additions.iter().map(|(r, t)| (r.to_string(), *t)).collect(),
            total: None,
            level: None,
        }
    }

    /// Two automatic deviations; the first reviewer withdraws the second and adds `greet` at turn
    /// 1 twice; the second reviewer keeps both and adds `greet` at turn 1 once and `name` at 3.
    /// Items: auto 0 (yes,yes), auto 1 (no,yes), greet@1 (yes,yes), greet@1 (yes,no),
    /// name@3 (no,yes): 5 items, 2 agreed.
    #[test]
    fn items_of_two_reviews() {
        let machine = Machine {
            deviations: vec![
                ("safety".into(), "risk".into()),
                ("close".into(), "end".into()),
            ],
            categories: [("greet", "open"), ("name", "open")]
                .iter()
                .map(|(r, c)| (r.to_string(), c.to_string()))
                .collect(),
            ..Machine::default()
        };
        let a = review(1, 10, &[true, false], &[("greet", 1), ("greet", 1)]);
        let b = review(2, 11, &[true, true], &[("greet", 1), ("name", 3)]);
        let items = items(&machine, &a, &b);
        let flat: Vec<(&str, &str, bool, bool, bool)> = items
            .iter()
            .map(|i| {
                (
                    i.rule.as_str(),
                    i.category.as_str(),
                    i.automatic,
                    i.first,
                    i.second,
                )
            })
            .collect();
        assert_eq!(
            flat,
            [
                ("safety", "risk", true, true, true),
                ("close", "end", true, false, true),
                ("greet", "open", false, true, true),
                ("greet", "open", false, true, false),
                ("name", "open", false, false, true),
            ]
        );
        assert_eq!(matched(&machine, &a, &b), (2, 5));
    }

    /// Drift on a hand-made pair. The machine: total 80, deviations safety and close.
    /// Assessor 10 withdraws close (1 of 2), reviewed total 90: 10 above the machine.
    /// Assessor 11 keeps both, reviewed total 76: 4 below; from each other: 10 is 14 above 11.
    /// Items: safety (y,y), close (n,y); observed 1/2. Levels: compliant/partial: 0 of 1.
    #[test]
    fn drift_on_a_hand_made_pair() {
        let machine = Machine {
            deviations: vec![
                ("safety".into(), "risk".into()),
                ("close".into(), "end".into()),
            ],
            total: Some(80.0),
            level: Some("partial-compliance".into()),
            ..Machine::default()
        };
        let mut a = review(1, 10, &[true, false], &[]);
        a.total = Some(90.0);
        a.level = Some("compliant".into());
        let mut b = review(2, 11, &[true, true], &[]);
        b.total = Some(76.0);
        b.level = Some("partial-compliance".into());
        let pair = Pair {
            attempt: 1,
            machine: machine.clone(),
            first: a.clone(),
            second: b.clone(),
        };
        let s = summarise(&[pair], &[(&machine, &a), (&machine, &b)]);
        assert_eq!(s.pairs, 1);
        assert_eq!((s.overall.items, s.overall.agreed), (2, 1));
        assert_eq!((s.level.items, s.level.agreed), (1, 0));
        let rules: Vec<(&str, usize, usize)> = s
            .rules
            .iter()
            .map(|r| (r.id.as_str(), r.stats.items, r.stats.agreed))
            .collect();
        assert_eq!(rules, [("close", 1, 0), ("safety", 1, 1)]);
        let categories: Vec<&str> = s.categories.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(categories, ["end", "risk"]);
        let ten = &s.assessors[0];
        assert_eq!(ten.assessor, 10);
        assert_eq!((ten.drift.automatic, ten.drift.withdrawn), (2, 1));
        assert!(close(ten.drift.withdrawn_share, 0.5));
        assert!(close(ten.drift.from_machine, 10.0));
        assert!(close(ten.drift.from_peers, 14.0));
        let eleven = &s.assessors[1];
        assert_eq!(eleven.drift.withdrawn, 0);
        assert!(close(eleven.drift.from_machine, -4.0));
        assert!(close(eleven.drift.from_peers, -14.0));
        // Oriented: for 11, the close item is (yes, no), the same agreement.
        assert_eq!((eleven.stats.items, eleven.stats.agreed), (2, 1));
    }
}
