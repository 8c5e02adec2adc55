"""Registry entries for the network tests, in the demo office unless told otherwise."""

import factory
from factory.django import DjangoModelFactory

from prachasan.network.models import (
    Committee,
    CommitteeMember,
    MediaContact,
    MediaKind,
    NetworkKind,
    NetworkMember,
    RecipientGroup,
    RecipientRule,
    School,
    SchoolCluster,
)
from prachasan.offices.models import Department, Person


class SchoolClusterFactory(DjangoModelFactory):
    class Meta:
        model = SchoolCluster

    name = factory.Sequence(lambda n: f"ศูนย์เครือข่ายทดสอบ {n}")


class SchoolFactory(DjangoModelFactory):
    class Meta:
        model = School

    code = factory.Sequence(lambda n: f"{1099000000 + n}")
    name = factory.Sequence(lambda n: f"โรงเรียนทดสอบ {n}")
    director_name = factory.Sequence(lambda n: f"ผู้อำนวยการ {n}")
    phone = ""
    director_phone = ""
    email = ""
    line_id = ""


class MediaContactFactory(DjangoModelFactory):
    class Meta:
        model = MediaContact

    outlet = factory.Sequence(lambda n: f"สื่อทดสอบ {n}")
    kind = MediaKind.NEWSPAPER
    contact_name = factory.Sequence(lambda n: f"ผู้สื่อข่าว {n}")


class NetworkMemberFactory(DjangoModelFactory):
    class Meta:
        model = NetworkMember

    kind = NetworkKind.COMMUNITY
    organisation = factory.Sequence(lambda n: f"ชุมชนทดสอบ {n}")
    contact_name = factory.Sequence(lambda n: f"สมาชิก {n}")


class DepartmentFactory(DjangoModelFactory):
    class Meta:
        model = Department

    key = factory.Sequence(lambda n: f"test-dept-{n}")
    name = factory.Sequence(lambda n: f"กลุ่มทดสอบ {n}")
    short_name = factory.Sequence(lambda n: f"ทดสอบ {n}")


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    first_name = factory.Sequence(lambda n: f"ชื่อ{n}")
    last_name = "ทดสอบ"
    position = "นักวิชาการ"


class CommitteeFactory(DjangoModelFactory):
    class Meta:
        model = Committee

    name = factory.Sequence(lambda n: f"คณะกรรมการทดสอบ {n}")


class CommitteeMemberFactory(DjangoModelFactory):
    class Meta:
        model = CommitteeMember


class RecipientGroupFactory(DjangoModelFactory):
    class Meta:
        model = RecipientGroup

    name = factory.Sequence(lambda n: f"กลุ่มผู้รับทดสอบ {n}")


class RecipientRuleFactory(DjangoModelFactory):
    class Meta:
        model = RecipientRule
