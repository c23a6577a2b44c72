"""The sample intake the figures store and print, and made-up patients to fill a large database.

The full record is the test vignette v03 (heel pain with S1 features): every section of the PDF
has something in it and the pain map is drawn. Names are spread over common surnames with accents,
so a name search in the staff list matches a realistic few hundred rows, not one or all.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import datetime
from pathlib import Path

from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict

ROOT = Path(__file__).resolve().parent.parent
FULL_RECORD = ROOT / "tests" / "data" / "vignettes" / "v03-heel-pain-with-s1-features.json"

LAST_NAMES = (
    "García", "Nguyễn", "Smith", "Łukasiewicz", "Müller", "O'Brien", "Johnson", "Álvarez", "Kowalski", "Brown",
    "Hernández", "Dubois", "Rossi", "Novák", "Schmidt", "Williams", "López", "Jones", "Pérez", "Taylor",
    "Martínez", "Sánchez", "Davis", "Wilson", "Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson",
    "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
    "Campbell", "Mitchell", "Carter", "Roberts", "Gómez", "Phillips", "Evans", "Turner", "Díaz", "Parker",
    "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers",
    "Gutiérrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos",
    "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chávez", "Wood", "James", "Bennett",
    "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Álvarez-Núñez", "Castillo", "Sanders", "Patel", "Myers",
)  # fmt: skip
FIRST_NAMES = (
    "José", "Zoë", "María", "Ana", "John", "Mary", "Łucja", "Chloé", "Minh", "Jürgen", "Siobhán", "Ahmed",
    "Fatima", "Wei", "Olga", "Pedro", "Lucía", "Robert", "Linda", "David", "Susan", "Daniel", "Karen",
    "Anh", "Bảo", "Renée", "Søren", "Ines", "Tomás", "Noor", "Grace", "Ethan", "Sofía", "Mateo", "Emma",
)  # fmt: skip


def full_record() -> IntakeRecord:
    data = json.loads(FULL_RECORD.read_text(encoding="utf-8"))
    return record_from_dict(data["record"])


def patient_name(number: int) -> tuple[str, str]:
    """(first, last) for the number-th made-up patient; the pairs repeat only every 3,500 patients."""
    return FIRST_NAMES[number % len(FIRST_NAMES)], LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]


def another_intake(record: IntakeRecord, number: int, completed_at: datetime | None = None) -> IntakeRecord:
    """The same answers from another patient: a new id and name, optionally another completion time."""
    first, last = patient_name(number)
    patient = dataclasses.replace(record.patient, first_name=first, last_name=last)
    return dataclasses.replace(
        record,
        id=str(uuid.uuid4()),
        patient=patient,
        completed_at=completed_at or record.completed_at,
    )
