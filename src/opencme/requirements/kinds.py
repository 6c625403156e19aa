"""What a clinician can say they hold, in words people read, and the rule file each one takes.

Pure data: the pages offer these choices (state and profession names, never codes) and the
services check against them. A license whose rule file is not shipped yet is still kept: the
tracker says its rules are not available rather than refusing it.
"""

from __future__ import annotations

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}  # fmt: skip

# Professions a state licenses, with the license types the tracker tells apart.
LICENSE_PROFESSIONS = {
    "physician": "Physician",
    "physician_assistant": "Physician assistant",
    "nurse": "Nurse",
    "pharmacist": "Pharmacist",
}
LICENSE_TYPES = {
    "MD": ("physician", "Doctor of Medicine (MD)"),
    "DO": ("physician", "Doctor of Osteopathic Medicine (DO)"),
    "PA": ("physician_assistant", "Physician assistant (PA)"),
    "RN": ("nurse", "Registered nurse (RN)"),
    "APRN": ("nurse", "Advanced practice registered nurse (APRN)"),
    "RPH": ("pharmacist", "Pharmacist (RPh)"),
}

# (state, license type) -> rule file id. Florida licenses DOs under a separate board
# (chapter 459), whose rules are not shipped; Texas, New York and Ohio license both alike.
LICENSE_RULES = {
    ("CA", "MD"): "us-ca-md",
    ("FL", "MD"): "us-fl-md",
    ("NY", "MD"): "us-ny-md",
    ("NY", "DO"): "us-ny-md",
    ("OH", "MD"): "us-oh-md",
    ("OH", "DO"): "us-oh-md",
    ("PA", "MD"): "us-pa-md",
    ("TX", "MD"): "us-tx-md",
    ("TX", "DO"): "us-tx-md",
    ("CA", "RN"): "us-ca-rn",
    ("FL", "RN"): "us-fl-rn",
    ("FL", "RPH"): "us-fl-rph",
    ("TX", "RPH"): "us-tx-rph",
}

BOARDS = {
    "ABIM": ("American Board of Internal Medicine", "us-abim"),
    "ABFM": ("American Board of Family Medicine", "us-abfm"),
    "ABS": ("American Board of Surgery", "us-abs"),
    "ABA": ("American Board of Anesthesiology", "us-aba"),
    "NCCPA": ("National Commission on Certification of Physician Assistants", "us-nccpa"),
}
DEA_RULES = "us-dea-mate"

KIND_LICENSE = "license"
KIND_DEA = "dea"
KIND_BOARD = "board"
KINDS = {
    KIND_LICENSE: "State license",
    KIND_DEA: "DEA registration",
    KIND_BOARD: "Board certification",
}

RENEWALS = {
    1: "First renewal",
    2: "Second renewal",
    3: "Third renewal or later",
}

# Specialties the shipped rules name in their conditions (California exempts pathologists and
# radiologists from its geriatric topic), and the common others.
SPECIALTIES = {
    "anesthesiology": "Anesthesiology",
    "emergency_medicine": "Emergency medicine",
    "family_medicine": "Family medicine",
    "internal_medicine": "Internal medicine",
    "obstetrics_gynecology": "Obstetrics and gynecology",
    "pathology": "Pathology",
    "pediatrics": "Pediatrics",
    "psychiatry": "Psychiatry",
    "radiology": "Radiology",
    "surgery": "Surgery",
    "other": "Another specialty",
}

# What a clinician may declare, as the rule files' equivalencies and attestation nodes name it.
ATTESTATIONS = {
    "abim_moc_assessment": "I passed an ABIM MOC assessment in the last 10 years",
    "abim_subspecialty_certification": "I earned a new ABIM subspecialty certification this cycle",
    "aba_moca_minute": "I am taking part in ABA MOCA Minute",
    "aba_quality_improvement": "I completed an ABA quality improvement activity",
    "abfm_self_assessment": "I completed an ABFM knowledge self-assessment",
    "addiction_board_certification": "I am board certified in addiction medicine or psychiatry",
    "recent_graduate_sud_curriculum": (
        "I graduated in the last 5 years from a school whose curriculum covered substance use"
        " disorders"
    ),
    "nursing_specialty_certification": "I hold a nursing specialty certification",
}

FORMATS = {"anytime": "On demand (any time)", "live": "Live"}

# Credit types a clinician can record from elsewhere beyond the rule book's: MOC points.
MOC_POINT_TYPES = {"ABIM": "ABIM MOC points"}

STATUS_WORDS = {
    "met": "Requirements met",
    "due": "Credit still due",
    "grace": "In the grace period",
    "overdue": "Overdue",
    "exempt": "Exempt",
    "not_applicable": "Does not apply to you",
    "no_rules": "Rules not available yet",
}

REASON_WORDS = {
    "TOPIC": "counts toward the topic it covers",
    "TOTAL": "counts toward the hours of any topic",
    "ALSO_COUNTS": "counts here too: its hours serve a requirement within this one",
    "COURSE": "counts as one completed course",
    "OUTSIDE_WINDOW": "was completed outside the dates this requirement accepts",
    "NO_MATCHING_REQUIREMENT": "its credit type or topics are not ones this credential accepts",
    "CAP_REACHED": "the most this credential accepts of such credit is already counted",
}


def license_rule_set(state: str, license_type: str) -> str:
    """The rule file of a state license, or "" when none is shipped for it."""
    return LICENSE_RULES.get((state, license_type), "")


def board_rule_set(board: str) -> str:
    return BOARDS[board][1] if board in BOARDS else ""


def attestation_label(code: str) -> str:
    return ATTESTATIONS.get(code, code.replace("_", " ").capitalize())


# The accreditor a credit type implies, for credit whose provider's accreditor is not known
# (credit recorded from elsewhere, or a provider that did not state it): AMA PRA Category 1
# Credit is designated by ACCME-accredited (or state-recognised) providers, AOA Category 1-A
# by the AOA, and so on. Rules that name accreditors (the DEA MATE Act) read this.
ACCREDITOR_OF_CREDIT_TYPE = {
    "AMA_PRA_1": "ACCME",
    "AOA_1A": "AOA",
    "AAPA_1": "AAPA",
    "ANCC": "ANCC",
    "ACPE": "ACPE",
    "IPCE": "JA",
    "APA": "APA",
    "ADA_CERP": "ADA",
}


def credential_name(*, kind: str, state: str = "", license_type: str = "", board: str = "") -> str:
    """How the pages name a credential: "Florida license: Doctor of Medicine (MD)"."""
    if kind == KIND_LICENSE:
        kind_name = LICENSE_TYPES.get(license_type, ("", license_type))[1]
        return f"{STATE_NAMES.get(state, state)} license: {kind_name}"
    if kind == KIND_BOARD:
        return f"{BOARDS[board][0]} certification" if board in BOARDS else "Board certification"
    return "DEA registration"
