"""Wagtail imports WAGTAIL_FINISH_WORKFLOW_ACTION while its models load, before this
project's services can be imported: this module only points there."""


def publication_request_finish(workflow_state, user=None):
    from .services import publication_request_finish as finish

    return finish(workflow_state, user=user)
