"""Writes assets/bodymap.json, the pain-map drawing, from named points and smooth curves.

Run from the repository root: `.venv/bin/python assets/tools/make_bodymap.py`.

How it works: each view is a net of named knots and smooth curves through them (Catmull-Rom style,
turned into cubic Béziers; a knot listed as a corner breaks the smoothness). A region is a closed
chain of pieces of those curves, so neighbouring regions share the very same border curve and the
body outline is made of the same pieces. Front and back are drawn in "u" (distance from the centre
line, positive towards the patient's RIGHT) and y; the front puts the patient's right on the viewer's
left (x = centre - u), the back on the viewer's right (x = centre + u). Only the patient-right (or
midline) instance of a region is stored; kiosk.logic.geometry mirrors the left one.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable
from pathlib import Path

P = tuple[float, float]
Cubic = tuple[P, P, P, P]

OUT = Path(__file__).resolve().parent.parent / "assets" / "bodymap.json"
HANDLE = 0.36  # control-arm length as a share of the chord


def _unit(x: float, y: float) -> P:
    length = math.hypot(x, y)
    return (x / length, y / length) if length else (0.0, 0.0)


def _reflect(t: P, axis: P) -> P:
    dot = t[0] * axis[0] + t[1] * axis[1]
    return _unit(2 * dot * axis[0] - t[0], 2 * dot * axis[1] - t[1])


class Net:
    """Named knots and the smooth curves through them."""

    def __init__(self) -> None:
        self.points: dict[str, P] = {}
        self.curves: dict[str, tuple[list[str], list[Cubic]]] = {}

    def add(self, **points: P) -> None:
        for name, point in points.items():
            if name in self.points and self.points[name] != point:
                raise ValueError(f"knot {name} defined twice")
            self.points[name] = (float(point[0]), float(point[1]))

    def curve(self, name: str, knots: str, tangents: dict[str, P] | None = None) -> None:
        """A smooth curve through the knots; a name written with a trailing '!' is a corner."""
        names: list[str] = []
        corners: set[int] = set()
        for index, word in enumerate(knots.split()):
            if word.endswith("!"):
                corners.add(index)
            names.append(word.rstrip("!"))
        pts = [self.points[n] for n in names]
        count = len(pts)
        tangents = tangents or {}
        smooth: list[P | None] = [None] * count
        for i in range(count):
            if names[i] in tangents:
                smooth[i] = _unit(*tangents[names[i]])
            elif 0 < i < count - 1 and i not in corners:
                a = _unit(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1])
                b = _unit(pts[i + 1][0] - pts[i][0], pts[i + 1][1] - pts[i][1])
                smooth[i] = _unit(a[0] + b[0], a[1] + b[1])
        cubics: list[Cubic] = []
        for i in range(count - 1):
            p0, p3 = pts[i], pts[i + 1]
            chord = _unit(p3[0] - p0[0], p3[1] - p0[1])
            length = math.hypot(p3[0] - p0[0], p3[1] - p0[1])
            # at an end or a corner, aim half-way between the chord and the mirror of the far tangent:
            # round enough to look drawn, never so far round that the curve hooks back
            out = smooth[i]
            if out is None:
                nxt = smooth[i + 1]
                out = _half(chord, _reflect(nxt, chord)) if nxt is not None else chord
            inc = smooth[i + 1]
            if inc is None:
                prev = smooth[i]
                inc = _half(chord, _reflect(prev, chord)) if prev is not None else chord
            k = HANDLE * length
            cubics.append(
                (p0, (p0[0] + out[0] * k, p0[1] + out[1] * k), (p3[0] - inc[0] * k, p3[1] - inc[1] * k), p3)
            )
        self.curves[name] = (names, cubics)

    def piece(self, spec: str) -> list[Cubic]:
        """'curve a b': the part of a curve from knot a to knot b (reversed when b comes first);
        '- a b': a straight line."""
        curve, a, b = spec.split()
        if curve == "-":
            p, q = self.points[a], self.points[b]
            return [(p, _lerp(p, q, 1 / 3), _lerp(p, q, 2 / 3), q)]
        names, cubics = self.curves[curve]
        # a closed curve lists its first knot again at the end: take the nearest pair of indices
        pairs = [(i, j) for i, n in enumerate(names) if n == a for j, m in enumerate(names) if m == b]
        i, j = min(pairs, key=lambda ij: (abs(ij[1] - ij[0]), ij[0] > ij[1]))
        if i < j:
            return cubics[i:j]
        return [_reverse(c) for c in reversed(cubics[j:i])]

    def chain(self, *specs: str) -> list[Cubic]:
        """Pieces joined end to end into a closed ring (checked)."""
        out: list[Cubic] = []
        for spec in specs:
            part = self.piece(spec)
            if out and _far(out[-1][3], part[0][0]):
                raise ValueError(f"gap before {spec!r}: {out[-1][3]} vs {part[0][0]}")
            out.extend(part)
        if _far(out[-1][3], out[0][0]):
            raise ValueError(f"ring not closed: {specs}")
        return out

    def half(self, *specs: str) -> list[Cubic]:
        """An open chain from the centre line round one side back to the centre line; made whole
        (and exactly symmetric) by its own mirror image."""
        out: list[Cubic] = []
        for spec in specs:
            part = self.piece(spec)
            if out and _far(out[-1][3], part[0][0]):
                raise ValueError(f"gap before {spec!r}")
            out.extend(part)
        if abs(out[0][0][0]) > 1e-9 or abs(out[-1][3][0]) > 1e-9:
            raise ValueError(f"a half shape must start and end on the centre line: {specs}")
        return out + [_reverse(_mirror_u(c)) for c in reversed(out)]


def _half(a: P, b: P) -> P:
    return _unit(a[0] + b[0], a[1] + b[1])


def _lerp(p: P, q: P, t: float) -> P:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def _far(p: P, q: P) -> bool:
    return math.hypot(p[0] - q[0], p[1] - q[1]) > 1e-6


def _reverse(c: Cubic) -> Cubic:
    return (c[3], c[2], c[1], c[0])


def _mirror_u(c: Cubic) -> Cubic:
    a, b, d, e = c
    return ((-a[0], a[1]), (-b[0], b[1]), (-d[0], d[1]), (-e[0], e[1]))


def _num(v: float) -> str:
    text = f"{round(v, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def to_svg(ring: list[Cubic], fx: Callable[[float], float]) -> str:
    def pt(p: P) -> str:
        return f"{_num(fx(p[0]))} {_num(p[1])}"

    parts = [f"M {pt(ring[0][0])}"]
    parts += [f"C {pt(c[1])} {pt(c[2])} {pt(c[3])}" for c in ring]
    return " ".join(parts) + " Z"


# ---------------------------------------------------------------------------------------------
# Front and back: one figure, drawn in (u, y); u = distance from the centre line towards the
# patient's right. Box 600 x 1010, centre line x = 300.
# ---------------------------------------------------------------------------------------------
BODY_W, BODY_H, CX = 600.0, 1010.0, 300.0


def figure_points(net: Net) -> None:
    # fmt: off
    net.add(
        # head and neck
        head_top=(0, 32), hd1=(22, 40), hd2=(37, 62), hd3=(43, 94), hd4=(40, 121), jaw=(33, 139),
        jawn=(25, 150), chin=(0, 160), nk1=(25, 166), nkb=(30, 182), trap=(48, 195), sn=(0, 203),
        # shoulder and arm (palms forward, thumb on the outside)
        sh1=(84, 203), acr=(114, 209), dlt=(134, 232), uao=(140, 275), ua1=(144, 320),
        elo1=(147, 370), elo2=(150, 408), fa1=(158, 445), wro=(163, 518),
        hn1=(172, 536), thb=(181, 554), thb_tip=(182, 575), thb_in=(176, 582), thn=(170, 566),
        hn2=(174, 592), hntip=(160, 626), hn4=(142, 616), hn5=(130, 575), wri=(130, 520), fa2=(111, 450),
        eli2=(106, 408), eli1=(103, 372), ua2=(99, 320), arm=(92, 262),
        # trunk
        ch1=(92, 300), rib=(89, 342), wst=(80, 388), hip_top=(80, 420), hp1=(90, 455),
        troch=(96, 494), asis=(64, 440), pubis=(0, 494), hipc=(78, 492), crotch=(0, 524),
        # thigh and knee
        th1=(95, 545), th2=(88, 625), kno1=(76, 690), kno2=(73, 720), kno3=(73, 752),
        gin=(6, 550), ti1=(12, 630), kni1=(19, 693), kni3=(19, 752),
        # lower leg
        cf1=(78, 795), ol_mid=(71, 850), ank_o=(64, 910), ank_i=(29, 903), cf2=(22, 845),
        cf3=(16, 792), ol_a=(55, 909), il_a=(38, 905),
        mall_o=(67, 928), mall_i=(27, 921),
    )
    # fmt: on


def front_foot(net: Net) -> str:
    # fmt: off
    net.add(
        fo1=(70, 946), fo2=(83, 958), lt_tip=(84, 978), c_lt=(77, 973), t4=(73, 986), c34=(67, 977),
        t3=(61, 991), c23=(55, 981), t2=(48, 995), c_bt=(40, 984), bt_tip=(27, 998), bt_in=(14, 988),
        fi1=(14, 960), fi2=(20, 942), tl_lt=(79, 960), tl_bt=(41, 966),
    )
    # fmt: on
    return "mall_o fo1 fo2 lt_tip c_lt! t4 c34! t3 c23! t2 c_bt! bt_tip bt_in fi1 fi2 mall_i"


def back_foot(net: Net) -> str:
    # fmt: off
    net.add(hs_o=(68, 946), hf_o=(71, 964), hb1=(66, 978), hbot=(46, 982), hb2=(26, 978),
            hf_i=(20, 964), hs_i=(25, 946))
    # fmt: on
    return "mall_o hs_o hf_o hb1 hbot hb2 hf_i hs_i mall_i"


def silhouette(net: Net, foot: str) -> None:
    net.curve(
        "sil",
        "head_top hd1 hd2 hd3 hd4 jaw jawn! nk1 nkb trap sh1 acr dlt uao ua1 elo1 elo2 fa1 wro "
        "hn1 thb thb_tip thb_in thn! hn2 hntip hn4 hn5 wri fa2 eli2 eli1 ua2 arm! "
        "ch1 rib wst hip_top hp1 troch th1 th2 kno1 kno2 kno3 cf1 ol_mid ank_o "
        f"{foot} ank_i cf2 cf3 kni3 kni1 ti1 gin crotch",
        tangents={"head_top": (1, 0), "crotch": (-1, 0)},
    )


def shared_cuts(net: Net) -> None:
    net.curve("jawline", "chin jawn", tangents={"chin": (1, 0)})
    net.curve("collar", "sn trap", tangents={"sn": (1, -0.1)})
    net.add(dl1=(88, 232))
    net.curve("delto", "sh1 dl1 arm")
    net.curve("ua_top", "uao arm")
    net.curve("el_top", "elo1 eli1")
    net.curve("el_bot", "elo2 eli2")
    net.curve("wrist", "wro wri")
    net.curve("iliac", "hip_top asis")
    net.add(hi1=(74, 466))
    net.curve("hip_in", "asis hi1 hipc")
    net.curve("hip_bot", "troch hipc")
    net.curve("ankle", "ank_o ol_a il_a ank_i")


def figure_regions(view: str) -> tuple[Net, dict[str, tuple[str, list[Cubic]]]]:
    net = Net()
    figure_points(net)
    silhouette(net, front_foot(net) if view == "front" else back_foot(net))
    shared_cuts(net)
    regions: dict[str, tuple[str, list[Cubic]]] = {}

    def mid(name: str, *specs: str) -> None:
        regions[name] = ("midline", net.half(*specs))

    def side(name: str, *specs: str) -> None:
        regions[name] = ("right", net.chain(*specs))

    mid("head", "sil head_top jawn", "jawline jawn chin")
    mid("neck", "jawline chin jawn", "sil jawn trap", "collar trap sn")
    side("shoulder", "sil sh1 uao", "ua_top uao arm", "delto arm sh1")
    side("upper_arm", "sil uao elo1", "el_top elo1 eli1", "sil eli1 arm", "ua_top arm uao")
    side("elbow", "sil elo1 elo2", "el_bot elo2 eli2", "sil eli2 eli1", "el_top eli1 elo1")
    side("forearm", "sil elo2 wro", "wrist wro wri", "sil wri eli2", "el_bot eli2 elo2")
    side("hand", "sil wro wri", "wrist wri wro")
    side("hip", "sil hip_top troch", "hip_bot troch hipc", "hip_in hipc asis", "iliac asis hip_top")

    if view == "front":
        net.add(xiph=(0, 320), rb1=(50, 328))
        net.curve("ribs", "xiph rb1 rib", tangents={"xiph": (1, 0)})
        net.curve("inguinal", "asis pubis")
        net.add(gi_k=(34, 524))
        net.curve("groin_bot", "gin gi_k hipc")
        net.add(ot1=(77, 560), ot2=(70, 620), ot_k=(62, 684), it1=(33, 600), it2=(31, 650), it_k=(31, 684))
        net.curve("knee_top", "kno1 ot_k it_k kni1")
        net.curve("ot", "hipc ot1 ot2 ot_k")
        net.curve("it", "gi_k it1 it2 it_k")
        net.add(ol_k=(60, 758), il_k=(32, 759), ol1=(62, 808), ol2=(57, 862), il1=(29, 808), il2=(33, 862))
        net.curve("knee_bot", "kno3 ol_k il_k kni3")
        net.curve("ol", "ol_k ol1 ol2 ol_a")
        net.curve("il", "il_k il1 il2 il_a")
        net.add(oa1=(53, 930), ia1=(41, 926))
        net.curve("oa", "ol_a oa1 fo1")
        net.curve("ia", "il_a ia1 fi2")
        net.curve("toeline", "fo2 tl_lt tl_bt fi1")
        net.curve("lt_cut", "tl_lt c_lt")
        net.curve("bt_cut", "tl_bt c_bt")

        mid("chest", "collar sn trap", "sil trap sh1", "delto sh1 arm", "sil arm rib", "ribs rib xiph")
        mid("abdomen", "ribs xiph rib", "sil rib hip_top", "iliac hip_top asis", "inguinal asis pubis")
        side(
            "groin",
            "inguinal pubis asis",
            "hip_in asis hipc",
            "groin_bot hipc gin",
            "sil gin crotch",
            "- crotch pubis",
        )
        side("outer_thigh", "sil troch kno1", "knee_top kno1 ot_k", "ot ot_k hipc", "hip_bot hipc troch")
        side("front_thigh", "groin_bot gi_k hipc", "ot hipc ot_k", "knee_top ot_k it_k", "it it_k gi_k")
        side("inner_thigh", "groin_bot gin gi_k", "it gi_k it_k", "knee_top it_k kni1", "sil kni1 gin")
        side("knee", "sil kno1 kno3", "knee_bot kno3 kni3", "sil kni3 kni1", "knee_top kni1 kno1")
        side("outer_leg", "sil kno3 ank_o", "ankle ank_o ol_a", "ol ol_a ol_k", "knee_bot ol_k kno3")
        side("shin", "knee_bot ol_k il_k", "il il_k il_a", "ankle il_a ol_a", "ol ol_a ol_k")
        side("inner_leg", "knee_bot il_k kni3", "sil kni3 ank_i", "ankle ank_i il_a", "il il_a il_k")
        side("outer_ankle", "sil ank_o fo1", "oa fo1 ol_a", "ankle ol_a ank_o")
        side("inner_ankle", "ankle il_a ank_i", "sil ank_i fi2", "ia fi2 il_a")
        side(
            "top_of_foot",
            "ankle ol_a il_a",
            "ia il_a fi2",
            "sil fi2 fi1",
            "toeline fi1 fo2",
            "sil fo2 fo1",
            "oa fo1 ol_a",
        )
        side("little_toe", "sil fo2 c_lt", "lt_cut c_lt tl_lt", "toeline tl_lt fo2")
        side("toes", "sil c_lt c_bt", "bt_cut c_bt tl_bt", "toeline tl_bt tl_lt", "lt_cut tl_lt c_lt")
        side("big_toe", "sil c_bt fi1", "toeline fi1 tl_bt", "bt_cut tl_bt c_bt")
    else:
        net.add(ub_c=(0, 300), mb_c=(0, 388), sac=(0, 466), sc1=(34, 458))
        net.curve("ub_bot", "ub_c ch1", tangents={"ub_c": (1, 0)})
        net.curve("mb_bot", "mb_c wst", tangents={"mb_c": (1, 0)})
        net.curve("sacral", "asis sc1 sac", tangents={"sac": (-1, 0.15)})
        net.add(gf_o=(80, 548), gf1=(40, 562), otb2=(72, 620), ot_k=(62, 686))
        net.curve("fold", "gin gf1 gf_o")
        net.curve("ot", "hipc gf_o otb2 ot_k")
        net.curve("knee_top", "kno1 ot_k kni1")
        # fmt: off
        net.add(ol_k=(60, 758), il_k=(33, 759), ol1=(63, 805), ca_o=(56, 858), il1=(27, 805),
                ca_i=(34, 858), ca_m=(46, 868), hb_o=(53, 948), hb_i=(39, 946), oa1=(54, 930),
                ia1=(38, 926))
        # fmt: on
        net.curve("knee_bot", "kno3 ol_k il_k kni3")
        net.curve("ol", "ol_k ol1 ca_o ol_a")
        net.curve("il", "il_k il1 ca_i il_a")
        net.curve("calf_bot", "ca_o ca_m ca_i")
        net.curve("oa", "ol_a oa1 hb_o")
        net.curve("ia", "il_a ia1 hb_i")
        net.curve("heel_top", "hs_o hb_o hb_i hs_i")

        mid("upper_back", "collar sn trap", "sil trap sh1", "delto sh1 arm", "sil arm ch1", "ub_bot ch1 ub_c")
        mid("mid_back", "ub_bot ub_c ch1", "sil ch1 wst", "mb_bot wst mb_c")
        side(
            "lower_back",
            "mb_bot mb_c wst",
            "sil wst hip_top",
            "iliac hip_top asis",
            "sacral asis sac",
            "- sac mb_c",
        )
        side(
            "buttock",
            "sacral sac asis",
            "hip_in asis hipc",
            "ot hipc gf_o",
            "fold gf_o gin",
            "sil gin crotch",
            "- crotch sac",
        )
        side("outer_thigh", "sil troch kno1", "knee_top kno1 ot_k", "ot ot_k hipc", "hip_bot hipc troch")
        side("back_thigh", "fold gin gf_o", "ot gf_o ot_k", "knee_top ot_k kni1", "sil kni1 gin")
        side("back_of_knee", "sil kno1 kno3", "knee_bot kno3 kni3", "sil kni3 kni1", "knee_top kni1 kno1")
        side("outer_leg", "sil kno3 ank_o", "ankle ank_o ol_a", "ol ol_a ol_k", "knee_bot ol_k kno3")
        side("calf", "knee_bot ol_k il_k", "il il_k ca_i", "calf_bot ca_i ca_o", "ol ca_o ol_k")
        side("inner_leg", "knee_bot il_k kni3", "sil kni3 ank_i", "ankle ank_i il_a", "il il_a il_k")
        side(
            "achilles",
            "calf_bot ca_o ca_i",
            "il ca_i il_a",
            "ia il_a hb_i",
            "heel_top hb_i hb_o",
            "oa hb_o ol_a",
            "ol ol_a ca_o",
        )
        side("outer_ankle", "sil ank_o hs_o", "heel_top hs_o hb_o", "oa hb_o ol_a", "ankle ol_a ank_o")
        side("inner_ankle", "ankle il_a ank_i", "sil ank_i hs_i", "heel_top hs_i hb_i", "ia hb_i il_a")
        side("heel_back", "sil hs_o hs_i", "heel_top hs_i hs_o")
    return net, regions


def figure_view(view: str) -> dict[str, object]:
    net, regions = figure_regions(view)
    sign = -1.0 if view == "front" else 1.0  # the patient's right is on the viewer's left in front

    def fx(u: float) -> float:
        return CX + sign * u

    outline = net.half("sil head_top crotch")
    right_x, left_x = fx(232), fx(-232)
    return {
        "view": view,
        "width": BODY_W,
        "height": BODY_H,
        "patient_right_on": "viewer_left" if view == "front" else "viewer_right",
        "labels": {"right": [right_x, 92], "left": [left_x, 92]},
        "outline": [to_svg(outline, fx)],
        "regions": [{"id": rid, "side": s, "path": to_svg(ring, fx)} for rid, (s, ring) in regions.items()],
    }


# ---------------------------------------------------------------------------------------------
# Soles: both feet from below, toes up, shown as if the patient looked at their own soles from
# behind: the patient's RIGHT foot on the viewer's RIGHT, as in the back view, so a patient going
# from the back view to the soles meets the same side on the same hand. Each big toe is on the
# inner side, towards the middle. The right foot is drawn in (x, y) on the left half, then the
# whole view is mirrored; it is drawn 1.2 times as wide as a real foot, so the outer edge and
# the arch are each a fingertip wide on a 10-inch tablet.
# ---------------------------------------------------------------------------------------------
SOLES_W, SOLES_H = 560.0, 600.0
SOLE_CX, SOLE_STRETCH, SOLE_RAISE = 159.0, 1.2, 40.0


def _sole_point(p: P) -> P:
    return (SOLE_CX + (p[0] - SOLE_CX) * SOLE_STRETCH, p[1] - SOLE_RAISE)


def soles_view() -> dict[str, object]:
    net = Net()
    # fmt: off
    knots: dict[str, P] = dict(  # noqa: C408 - knot names as keywords, as Net.add takes them
        # outline, starting at the cleft between big toe and second toe, going over the big toe
        c12=(190, 198), bt1=(192, 130), bt2=(198, 86), bt_tip=(224, 62), bt3=(248, 78), bt4=(256, 120),
        bt_m=(256, 200), m1=(254, 250), bf_m=(240, 300), ar1=(210, 390), hl_m=(211, 468),
        hh1=(210, 530), hh1b=(196, 576), hbot=(156, 597), hh2b=(115, 578), hh2=(98, 532), hl_o=(93, 470),
        lat1=(86, 380), lat2=(74, 290),
        lt_b=(64, 236), lt1=(62, 200), lt2=(66, 172), lt_tip=(80, 160), lt3=(93, 170), lt4=(95, 192),
        c45=(99, 212), t4a=(103, 168), t4b=(104, 136), t4=(114, 127), t4c=(124, 136), t4d=(126, 160),
        c34=(126, 186), t3a=(124, 140), t3b=(129, 112), t3=(140, 102), t3c=(151, 112), t3d=(153, 140),
        c23=(154, 176), t2a=(152, 130), t2b=(157, 96), t2=(171, 84), t2c=(185, 96), t2d=(188, 140),
        # inside
        of_top=(92, 225), tl1=(145, 206), bb1=(186, 305), bf_o=(140, 310), of1=(146, 400),
        of_bot=(150, 462), ht1=(180, 456),
    )
    # fmt: on
    net.add(**{name: _sole_point(point) for name, point in knots.items()})
    net.curve(
        "foot",
        "c12! bt1 bt2 bt_tip bt3 bt4 bt_m m1 bf_m ar1 hl_m hh1 hh1b hbot hh2b hh2 hl_o lat1 lat2 "
        "lt_b lt1 lt2 lt_tip lt3 lt4 c45! t4a t4b t4 t4c t4d c34! t3a t3b t3 t3c t3d c23! "
        "t2a t2b t2 t2c t2d c12!",
    )
    net.curve("toeline", "lt_b of_top c45 tl1 c12 bt_m")
    net.curve("ball_bot", "bf_o bb1 bf_m")
    net.curve("of", "of_top bf_o of1 of_bot")
    net.curve("heel_top", "hl_o of_bot ht1 hl_m")
    regions = {
        "heel_bottom": net.chain("heel_top hl_o hl_m", "foot hl_m hl_o"),
        "arch": net.chain("ball_bot bf_o bf_m", "foot bf_m hl_m", "heel_top hl_m of_bot", "of of_bot bf_o"),
        "ball_of_foot": net.chain(
            "toeline of_top bt_m", "foot bt_m bf_m", "ball_bot bf_m bf_o", "of bf_o of_top"
        ),
        "outer_foot": net.chain(
            "toeline lt_b of_top", "of of_top of_bot", "heel_top of_bot hl_o", "foot hl_o lt_b"
        ),
        "big_toe": net.chain("foot c12 bt_m", "toeline bt_m c12"),
        "toes": net.chain("foot c45 c12", "toeline c12 c45"),
        "little_toe": net.chain("foot lt_b c45", "toeline c45 lt_b"),
    }
    outline = net.curves["foot"][1]

    def flipped(x: float) -> float:
        return SOLES_W - x

    def drawn(x: float) -> float:
        return x

    label_x = SOLE_CX
    return {
        "view": "soles",
        "width": SOLES_W,
        "height": SOLES_H,
        "patient_right_on": "viewer_right",
        "labels": {"right": [SOLES_W - label_x, 582], "left": [label_x, 582]},
        "outline": [to_svg(outline, flipped), to_svg(outline, drawn)],
        "regions": [
            {"id": rid, "side": "right", "path": to_svg(ring, flipped)} for rid, ring in regions.items()
        ],
    }


# ---------------------------------------------------------------------------------------------
# Legs close up, front and back: both legs from the hip down, drawn as wide bands of places a
# fingertip can hit (every place at least LEG_COLUMN units across, about 9 mm on a 10-inch tablet
# at 1280 x 800), not to anatomical scale. Each leg is split into rows (thigh, knee, lower leg,
# ankle, toes...) and each row into an outer, a middle and an inner column. Drawn in (u, y) as the
# figure is: u = distance from the centre line towards the patient's right.
# ---------------------------------------------------------------------------------------------
LEGS_W, LEGS_H, LEGS_CX = 640.0, 800.0, 320.0
LEG_EDGES = (
    (20, 24, 318), (110, 28, 312), (290, 34, 296), (335, 34, 292), (380, 36, 296), (460, 34, 310),
    (580, 34, 306), (680, 32, 308), (735, 30, 310), (790, 28, 312),
)  # fmt: skip
"""(y, inner u, outer u) down the leg; between them the edges run straight."""
LEG_COLUMN = 86.0

# Rows per view: (region, column or "all", top y, bottom y); columns are "outer", "middle", "inner".
LEGS_FRONT = (
    ("hip", "outer", 20, 110),
    ("outer_thigh", "outer", 110, 290),
    ("front_thigh", "middle", 20, 290),
    ("inner_thigh", "inner", 20, 290),
    ("knee", "all", 290, 380),
    ("outer_leg", "outer", 380, 580),
    ("shin", "middle", 380, 580),
    ("inner_leg", "inner", 380, 580),
    ("outer_ankle", "outer", 580, 680),
    ("top_of_foot", "middle", 580, 680),
    ("inner_ankle", "inner", 580, 680),
    ("little_toe", "outer", 680, 790),
    ("toes", "middle", 680, 790),
    ("big_toe", "inner", 680, 790),
)
LEGS_BACK = (
    ("buttock", "all", 20, 160),
    ("back_thigh", "all", 160, 340),
    ("back_of_knee", "all", 340, 430),
    ("calf", "all", 430, 605),
    ("outer_ankle", "outer", 605, 695),
    ("achilles", "middle", 605, 695),
    ("inner_ankle", "inner", 605, 695),
    ("heel_back", "all", 695, 790),
)
_COLUMNS = {"inner": (0.0, 1 / 3), "middle": (1 / 3, 2 / 3), "outer": (2 / 3, 1.0), "all": (0.0, 1.0)}


def _leg_edges(y: float) -> tuple[float, float]:
    for (y0, in0, out0), (y1, in1, out1) in itertools.pairwise(LEG_EDGES):
        if y0 <= y <= y1:
            t = (y - y0) / (y1 - y0)
            return in0 + (in1 - in0) * t, out0 + (out1 - out0) * t
    raise ValueError(f"y {y} is off the leg")


def _leg_u(y: float, share: float) -> float:
    inner, outer = _leg_edges(y)
    return inner + (outer - inner) * share


def _line(p: P, q: P) -> Cubic:
    return (p, _lerp(p, q, 1 / 3), _lerp(p, q, 2 / 3), q)


def _ring(points: list[P]) -> list[Cubic]:
    return [_line(p, q) for p, q in zip(points, points[1:] + points[:1], strict=True)]


def _leg_band(column: str, top: float, bottom: float) -> list[Cubic]:
    """A band of the leg between two heights: down its inner border, up its outer one, following
    the leg's edges at every knot in between so neighbouring places share their borders exactly."""
    start, end = _COLUMNS[column]
    ys = [top, *(y for y, _, _ in LEG_EDGES if top < y < bottom), bottom]
    down = [(_leg_u(y, start), y) for y in ys]
    up = [(_leg_u(y, end), y) for y in reversed(ys)]
    return _ring(down + up)


def legs_view(view: str) -> dict[str, object]:
    rows = LEGS_FRONT if view == "legs_front" else LEGS_BACK
    sign = -1.0 if view == "legs_front" else 1.0  # as in the figure: facing you, or from behind

    def fx(u: float) -> float:
        return LEGS_CX + sign * u

    def mirrored(u: float) -> float:
        return LEGS_CX - sign * u

    leg = _leg_band("all", LEG_EDGES[0][0], LEG_EDGES[-1][0])
    return {
        "view": view,
        "width": LEGS_W,
        "height": LEGS_H,
        "patient_right_on": "viewer_left" if view == "legs_front" else "viewer_right",
        "labels": {"right": [fx(165), 10], "left": [mirrored(165), 10]},
        "outline": [to_svg(leg, fx), to_svg(leg, mirrored)],
        "regions": [
            {"id": rid, "side": "right", "path": to_svg(_leg_band(column, top, bottom), fx)}
            for rid, column, top, bottom in rows
        ],
    }


def build() -> dict[str, object]:
    return {
        "format": "kiosk-bodymap/1",
        "generator": "scripts/make_bodymap.py",
        "about": (
            "Per view: a box (y grows downward), the body outline, the patient-RIGHT (or midline) "
            "instance of each region as absolute M/L/C/Z paths, and the centres of the 'Your right' / "
            "'Your left' labels. The left instance is the mirror image about x = width / 2."
        ),
        "views": [
            figure_view("front"),
            figure_view("back"),
            soles_view(),
            legs_view("legs_front"),
            legs_view("legs_back"),
        ],
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
