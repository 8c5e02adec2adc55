from django.urls import path

from . import views

urlpatterns = [
    path("<int:pk>/review/", views.request_review, name="approvals_request_review"),
]
