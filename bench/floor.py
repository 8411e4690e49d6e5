"""The floor: the shipped rulebooks hand-written as plain Python `if` statements (eligible pathways only).

Kept deliberately naive and fast; the benchmark checks it gives the same answers as the navigator on its
sample, so the comparison is like for like. Update it when a rulebook changes.
"""
import datetime as dt

# The floor covers the seven Argentine and Brazilian rulebooks of the core issue, not every shipped pathway.
FLOOR_PATHWAYS = {"ar.mercosur.temporary", "ar.venezuela.disp388", "ar.mercosur.permanent", "br.mercosur.temporary",
                  "br.mercosur.indefinite", "br.portaria19.temporary", "br.portaria19.indefinite"}
AR_TREATY = {"BO", "BR", "CL", "CO", "EC", "PE", "PY", "UY"}
BR_TREATY_BY_DATE = [(dt.date(2009, 7, 28), {"AR", "BO", "CL", "PY", "UY"}), (dt.date(2011, 6, 28), {"PE"}),
                     (dt.date(2012, 1, 1), {"CO"}), (dt.date(2013, 3, 11), {"EC"})]


def _years(start, end):
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _shift(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def eligible(v, as_of):
    out = set()
    host = v.get("host_country")
    nats = v.get("nationalities")
    natz = v.get("naturalisations")
    origin5 = None
    if nats is not None and natz is not None:
        nd = dict(natz)
        origin5 = {c for c in nats if c not in nd or _years(nd[c], as_of) >= 5}
    pp = v.get("has_passport") is True and v.get("passport_expiry_date") is not None and v["passport_expiry_date"] >= as_of
    idc = v.get("has_id_card") is True and v.get("id_card_expiry_date") is not None and v["id_card_expiry_date"] >= as_of
    no_rec = v.get("criminal_record_5y") is False
    statuses = v.get("statuses") or {}

    def within(status, days=90, chained=None):
        exp = statuses.get(status)
        ok = exp is not None and 0 <= (exp - as_of).days <= days
        return ok or (chained is not None and 0 <= (chained - as_of).days <= days)

    if host == "AR":
        chained = None
        if dt.date(2010, 5, 3) <= as_of and (v.get("criminal_record_certificate_obtainable") is True) and no_rec \
                and (pp or idc) and ((origin5 and origin5 & AR_TREATY) or (as_of >= dt.date(2018, 2, 15) and nats and "VE" in nats)):
            out.add("ar.mercosur.temporary")
            chained = _shift(as_of, 2)
        if dt.date(2024, 9, 16) <= as_of <= dt.date(2024, 12, 14) and v.get("country_of_birth") == "VE" \
                and v.get("in_host_country") is True and no_rec:
            ten = _shift(as_of, -10)
            if (v.get("has_passport") is True and v.get("passport_expiry_date") is not None and v["passport_expiry_date"] >= ten) or \
                    (v.get("has_id_card") is True and v.get("id_card_expiry_date") is not None and v["id_card_expiry_date"] >= ten):
                out.add("ar.venezuela.disp388")
                chained = _shift(as_of, 2)
        if as_of >= dt.date(2010, 5, 3) and within("ar.temporary_residence.mercosur", 90, chained) \
                and v.get("sufficient_means") is True and no_rec:
            out.add("ar.mercosur.permanent")
    elif host == "BR":
        chained_m = chained_p = None
        treaty = set().union(*(s for d, s in BR_TREATY_BY_DATE if d <= as_of))
        adult_ok = v.get("age") is not None and v["age"] < 18 or no_rec
        if as_of >= dt.date(2009, 7, 28) and origin5 and origin5 & treaty and (pp or idc) and adult_ok:
            out.add("br.mercosur.temporary")
            chained_m = _shift(as_of, 2)
        if as_of >= dt.date(2021, 3, 25) and nats and nats & {"VE", "SR", "GY"} and v.get("in_host_country") is True \
                and (v.get("has_passport") is True or v.get("has_id_card") is True) and adult_ok:
            out.add("br.portaria19.temporary")
            chained_p = _shift(as_of, 2)
        if as_of >= dt.date(2009, 7, 28) and within("br.temporary_residence.mercosur", 90, chained_m) \
                and v.get("sufficient_means") is True and no_rec:
            out.add("br.mercosur.indefinite")
        if as_of >= dt.date(2021, 3, 25) and within("br.temporary_residence.portaria19", 90, chained_p) \
                and no_rec and v.get("sufficient_means") is True:
            out.add("br.portaria19.indefinite")
    return out
