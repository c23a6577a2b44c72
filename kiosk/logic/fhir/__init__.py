"""FHIR R4 (4.0.1) resources for one intake, as plain JSON dictionaries built from our own record.

No FHIR library at run time: the resources are small and fixed, and the tests parse every one with
the `fhirclient` R4 models. `questionnaire` is the form, `response` the answers and their way back
to a record, `observations` the pain scores and the screen, `documents` Patient, Flag and the PDF,
`bundle` one transaction per intake.
"""
