from django.urls import path

from . import views

urlpatterns = [
    path("<int:pk>/review/", views.RequestReviewView.as_view(), name="approvals_request_review"),
    path("<int:pk>/preview/", views.RequestPreviewView.as_view(), name="approvals_request_preview"),
    path("<int:pk>/memo.pdf", views.request_memo_pdf, name="approvals_request_memo_pdf"),
    path("<int:pk>/memo.docx", views.request_memo_docx, name="approvals_request_memo_docx"),
    path("memos.pdf", views.request_bundle_pdf, name="approvals_request_bundle_pdf"),
]
