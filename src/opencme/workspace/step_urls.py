"""The step and question builder's routes, added to ``workspace.urls`` (names
``activity_steps``, ``activity_step`` ...; ``step_id`` and ``question_id`` as the shared design
names them)."""

from __future__ import annotations

from django.urls import path

from opencme.workspace import question_views as qv
from opencme.workspace import step_views as sv

STEPS = "<slug:slug>/activities/<id:activity_id>/steps/"
STEP = STEPS + "<id:step_id>/"
QUESTION = STEP + "questions/<id:question_id>/"

urlpatterns = [
    path(STEPS, sv.activity_steps, name="activity_steps"),
    path(STEP, sv.activity_step, name="activity_step"),
    path(STEP + "move/", sv.activity_step_move, name="activity_step_move"),
    path(STEP + "remove/", sv.activity_step_remove, name="activity_step_remove"),
    path(
        STEP + "prerequisites/",
        sv.activity_step_prerequisites,
        name="activity_step_prerequisites",
    ),
    path(STEP + "questions/new/", qv.activity_step_question_new, name="activity_step_question_new"),
    path(QUESTION, qv.activity_step_question, name="activity_step_question"),
    path(QUESTION + "move/", qv.activity_step_question_move, name="activity_step_question_move"),
    path(
        QUESTION + "remove/",
        qv.activity_step_question_remove,
        name="activity_step_question_remove",
    ),
]
