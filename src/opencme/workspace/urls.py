from django.urls import path

from opencme.workspace import activity_views as av
from opencme.workspace import credit_views as cv
from opencme.workspace import people_views as pv
from opencme.workspace import step_urls, views

app_name = "workspace"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.provider_home, name="provider"),
    # the activity editor (hub, details, publish, preview, clone, archive)
    path("<slug:slug>/activities/new/", av.activity_new, name="activity_new"),
    path("<slug:slug>/activities/<id:activity_id>/", av.activity_hub, name="activity"),
    path(
        "<slug:slug>/activities/<id:activity_id>/details/",
        av.activity_details,
        name="activity_details",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/publish/",
        av.activity_publish,
        name="activity_publish",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/preview/",
        av.activity_preview,
        name="activity_preview",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/clone/", av.activity_clone, name="activity_clone"
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/archive/",
        av.activity_archive,
        name="activity_archive",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/suggest/",
        av.activity_suggest,
        name="activity_suggest",
    ),
    # people and disclosures; credit and MOC designations (H2)
    path(
        "<slug:slug>/activities/<id:activity_id>/people/",
        pv.activity_people,
        name="activity_people",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/add/",
        pv.person_add,
        name="activity_person_add",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/<id:person_id>/",
        pv.person_save,
        name="activity_person_save",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/<id:person_id>/remove/",
        pv.person_remove,
        name="activity_person_remove",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/<id:person_id>/move/",
        pv.person_move,
        name="activity_person_move",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/<id:person_id>/relationships/add/",
        pv.relationship_add,
        name="activity_relationship_add",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/<id:person_id>/relationships/<id:relationship_id>/remove/",
        pv.relationship_remove,
        name="activity_relationship_remove",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/support/",
        pv.support_save,
        name="activity_support",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/supporters/add/",
        pv.supporter_add,
        name="activity_supporter_add",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/people/supporters/<id:supporter_id>/remove/",
        pv.supporter_remove,
        name="activity_supporter_remove",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/",
        cv.activity_credit,
        name="activity_credit",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/add/",
        cv.credit_add,
        name="activity_credit_add",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/<id:designation_id>/",
        cv.credit_save,
        name="activity_credit_save",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/<id:designation_id>/remove/",
        cv.credit_remove,
        name="activity_credit_remove",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/<id:designation_id>/move/",
        cv.credit_move,
        name="activity_credit_move",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/moc/add/",
        cv.moc_add,
        name="activity_moc_add",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/moc/<id:moc_id>/",
        cv.moc_save,
        name="activity_moc_save",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/credit/moc/<id:moc_id>/remove/",
        cv.moc_remove,
        name="activity_moc_remove",
    ),
]
# the step and question builder (H3)
urlpatterns += step_urls.urlpatterns
