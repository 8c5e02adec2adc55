"""Relevance of Thai search on the database of the run (SQLite FTS5 here, PostgreSQL in CI
when DATABASE_URL is set): every query of ``relevance.QUERIES`` finds its documents in its
top 10, recall@10 over all of them is at least 0.95, and unrelated documents stay out."""

from django.test import TestCase
from wagtail.models import Site
from wagtail.search.backends import get_search_backend

from prachasan.network.models import School
from prachasan.news.models import NewsIndexPage, NewsPage
from prachasan.offices.models import Department, Office, Person

from . import relevance

TOP = 10


class RelevanceTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = Site.objects.get(is_default_site=True)
        cls.office = Office.for_site(site)
        corpus = NewsIndexPage(title="คลังข่าวทดสอบการค้นหา", slug="search-relevance-corpus")
        site.root_page.add_child(instance=corpus)
        cls.keys = {"news": {}, "schools": {}, "people": {}}
        for number, (key, (title, lead, body)) in enumerate(relevance.NEWS.items()):
            page = NewsPage(
                title=title,
                slug=f"relevance-{number}",
                lead=lead,
                body=[{"type": "paragraph", "value": f"<p>{body}</p>"}],
            )
            corpus.add_child(instance=page)
            cls.keys["news"][page.pk] = key
        for key, (name, district, director, code) in relevance.SCHOOLS.items():
            school = School.objects.create(
                office=cls.office, name=name, district=district, director_name=director, code=code
            )
            cls.keys["schools"][school.pk] = key
        departments = {d.key: d for d in Department.objects.filter(office=cls.office)}
        for key, (first_name, last_name, position, department) in relevance.PEOPLE.items():
            person = Person.objects.create(
                office=cls.office,
                first_name=first_name,
                last_name=last_name,
                position=position,
                department=departments[department],
            )
            cls.keys["people"][person.pk] = key

    def search(self, text, *, limit=TOP):
        """The keys found for ``text``, per kind of document, best first."""
        backend = get_search_backend()
        querysets = {
            "news": NewsPage.objects.filter(pk__in=list(self.keys["news"])),
            "schools": School.objects.filter(office=self.office),
            "people": Person.objects.filter(office=self.office),
        }
        found = {}
        for kind, queryset in querysets.items():
            results = backend.search(text, queryset)
            if limit:
                results = results[:limit]
            found[kind] = [self.keys[kind].get(obj.pk) for obj in results]
        return found

    def test_corpus_and_queries_are_as_large_as_promised(self):
        documents = sum(len(keys) for keys in self.keys.values())
        self.assertGreaterEqual(documents, 40)
        self.assertGreaterEqual(len(relevance.QUERIES), 60)
        known = {(kind, key) for kind, keys in self.keys.items() for key in keys.values()}
        for query in relevance.QUERIES:
            for must in query.must_find():
                self.assertIn(must, known, query.text)

    def test_each_query_finds_its_documents_in_the_top_10(self):
        missed = []
        total = found = 0
        for query in relevance.QUERIES:
            results = self.search(query.text)
            for kind, key in query.must_find():
                total += 1
                if key in results[kind]:
                    found += 1
                elif key not in query.gaps:
                    missed.append(f"{query.text!r} → {kind}:{key} (got {results[kind]})")
        recall = found / total
        self.assertGreaterEqual(recall, 0.95, f"recall@10 = {recall:.3f}")
        self.assertEqual(missed, [], f"recall@10 = {recall:.3f}")

    def test_unrelated_documents_are_not_returned(self):
        for text, unrelated in relevance.UNRELATED.items():
            results = self.search(text, limit=None)
            for kind, key in unrelated:
                with self.subTest(query=text, document=key):
                    self.assertNotIn(key, results[kind])
            # The query does find something: the check is not passing on empty results.
            self.assertTrue(any(results.values()), text)

    def test_the_best_match_comes_first(self):
        """A query that names one item ranks it first among the corpus' items."""
        cases = {
            "ประกาศผลสอบ O-NET": "onet",
            "ลูกเสือจิตอาสาพัฒนาชุมชน": "scouts",
            "แผนปฏิบัติการประจำปีงบประมาณ": "plan",
            "ผลการประเมินคุณธรรมและความโปร่งใส": "ita",
        }
        for text, key in cases.items():
            with self.subTest(query=text):
                self.assertEqual(self.search(text)["news"][:1], [key])
