"""Document headers on the seeds and the held-out articles stay above the floors we report.

Batches g–l were scored blind once (titles 7/18, bylines 7/18, dates 10/18) and then used to
develop the rules, so they are development data now, like a–f before them. Batch m (3/3, 1/3,
2/3), batches n–o (5/6, 4/6, 6/6, session 6), q (1/3, 2/3, 3/3) and r (1/3 each, session 7)
were scored blind the same way, as were s, t, u and v (v: 2/3, 2/3, 3/3, session 10),
af–ah (5/9, 4/9, 8/9, session 14; the RSS feed was not yet read as a feed) and ai–aj (5/6, 4/6,
4/6, session 14). Batches bi–bk (session 19) first scored 8/9, 9/9, 9/9, and bl–bm 5/6, 6/6,
5/6. Batches br–bs (session 22) first scored 5/6, 4/6, 6/6, bt–bu (session 23) 3/6, 2/6,
5/6, bv–bw (session 24) 4/6, 5/6, 6/6, and bx–by (session 24, after the bv–bw fixes) 6/6
each; bz–ca (session 25) 6/6, 4/6, 6/6, cb–cc 6/6 each, cd–ce 3/6, 5/6, 4/6, cf–cg 5/6, 5/6, 6/6;
ch–ci (session 26) 4/6, 5/6, 6/6, cj–ck 5/6, 6/6, 6/6, cl–cm 6/6, 4/6, 5/6, cn–co 5/6, 6/6, 4/6.
Today 287/288 on each field:
r_posterbook (gold null) is the known miss."""

from benchmarks.evaluate_headers import evaluate

# seeds (000_…) and batches a–f (their files are "a_…"; "b" alone would also match batches ba–bz)
OLDER = ("0", "1", "2", "a_", "b_", "c_", "d_", "e_", "f_")


def test_headers_meet_reported_floors():
    scores, misses = evaluate()
    for field, (right, total) in scores.items():
        assert total >= 528, field
        assert right / total >= 0.99, (field, [m for m in misses if m.field == field])
    assert not [m for m in misses if m.name[:3].isdigit()], "a seed header regressed"
    assert not [m for m in misses if m.name.startswith(OLDER)], "an older entry regressed"
