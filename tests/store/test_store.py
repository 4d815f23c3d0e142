"""The store on real databases: idempotent ingest, wire copies, stories, versions of a page,
bad inputs, migrations."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update
from support import EXAMPLE_PUBLISHED, EXAMPLE_STORY

from riwaya.errors import InputError, NotFound, StoreError
from riwaya.ingest import read_articles
from riwaya.model import Article
from riwaya.store import open_store, schema

BRIDGE_WIRE = (
    "افتتاح جسر الخابور الجديد في مدينة الحسكة بعد عامين من العمل\n\n"
    "الحسكة - (وكالة الأنباء) - افتتح محافظ الحسكة صباح الأحد جسر الخابور الجديد الذي يربط "
    "الأحياء الشرقية بوسط المدينة، بعد عامين من أعمال البناء التي توقفت مرات عدة بسبب نقص "
    "التمويل. وقال المحافظ في كلمة خلال حفل الافتتاح إن الجسر سيخفف الازدحام على الجسر القديم "
    "الذي تضرر في فيضان الشتاء الماضي، مضيفاً أن طوله يبلغ مئتين وأربعين متراً. وأوضح مدير "
    "الخدمات الفنية أن كلفة المشروع بلغت ثلاثة ملايين دولار قدمتها منظمة إغاثة دولية، وأن "
    "الأعمال نفذتها شركة محلية وظفت عمالاً من أبناء المدينة. ومن المنتظر أن تفتح حركة "
    "الشاحنات على الجسر الجديد مطلع الشهر المقبل بعد اختبارات التحمل."
)
BRIDGE_REPRINT = (
    "جسر جديد فوق الخابور يربط شرق الحسكة بوسطها\n\n"
    "نشرت وكالة الأنباء التقرير التالي:\n"
    + BRIDGE_WIRE.split("\n\n", 1)[1]
)
BRIDGE_OWN_REPORT = (
    "سكان الحسكة يعبرون جسر الخابور الجديد في يومه الأول\n\n"
    "عبر مئات من سكان الحسكة جسر الخابور الجديد سيراً على الأقدام بعد ساعات من افتتاحه يوم "
    "الأحد، فيما عبّر أصحاب المحال في الأحياء الشرقية عن أملهم بعودة الزبائن إلى أسواقهم. "
    "وكان محافظ الحسكة قد افتتح الجسر الذي موّلته منظمة إغاثة دولية، بعد أن دمر فيضان الشتاء "
    "الماضي أجزاء من الجسر القديم فوق نهر الخابور. وقال سائق سيارة أجرة إن الطريق إلى وسط "
    "المدينة صار يستغرق عشر دقائق بدل ساعة كاملة."
)
FOOTBALL = (
    "الهلال يفوز على النصر في ديربي الرياض\n\n"
    "حقق فريق الهلال فوزاً ثميناً على ضيفه النصر بهدفين مقابل هدف في مباراة الديربي التي "
    "أقيمت مساء الجمعة على ملعب المملكة أرينا في العاصمة الرياض، ضمن الجولة العاشرة من الدوري. "
    "وسجل مهاجم الهلال الهدف الثاني في الدقائق الأخيرة من المباراة، ليرفع فريقه رصيده إلى "
    "خمس وعشرين نقطة في صدارة الترتيب، بينما تراجع النصر إلى المركز الرابع."
)


def article(text: str, outlet: str, published: date = date(2024, 3, 10), url: str | None = None) -> Article:
    title, body = text.split("\n\n", 1)
    return Article(text, title=title, outlet=outlet, published=published, url=url, language="ar")


def count(store, table=schema.articles) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def test_the_example_story_is_one_story_and_a_second_ingest_adds_nothing(store):
    files = sorted(EXAMPLE_STORY.glob("*.txt"))
    first = store.ingest(read_articles(files))
    again = store.ingest(read_articles(files))
    assert (first.added, first.duplicates, len(first.stories_touched)) == (3, 0, 1)
    assert (again.added, again.duplicates, len(again.stories_touched)) == (0, 3, 0)
    [story] = store.stories()
    assert story.size == 3
    assert set(story.outlets) == {"رافد", "الفرات اليوم", "الجسر"}
    assert [a.outlet for a in store.story_articles(story.id)] == ["رافد", "الفرات اليوم", "الجسر"]
    assert count(store) == 3


def test_a_reprint_of_wire_copy_shares_its_copy_group_and_story(store):
    summary = store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء"), article(BRIDGE_REPRINT, "صحيفة الجزيرة"),
                            article(BRIDGE_OWN_REPORT, "إذاعة المدينة"), article(FOOTBALL, "الرياضية")])
    assert (summary.added, summary.copies) == (4, 1)
    bridge, football = sorted(store.stories(), key=lambda story: -story.size)
    assert bridge.size == 3 and football.size == 1
    wire, reprint, own = store.story_articles(bridge.id)
    assert wire.copy_group == reprint.copy_group != own.copy_group
    assert store.story_articles(football.id)[0].title.startswith("الهلال")


def test_independent_sources_count_a_reprint_once(store):
    from riwaya.compare.copies import copy_groups

    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء"), article(BRIDGE_REPRINT, "صحيفة الجزيرة"),
                  article(BRIDGE_OWN_REPORT, "إذاعة المدينة")])
    [story] = store.stories()
    assert copy_groups(store.story_articles(story.id)) == [0, 0, 2]


def test_a_story_closes_after_days_without_news(store):
    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء", date(2024, 3, 10)),
                  article(BRIDGE_OWN_REPORT, "إذاعة المدينة", date(2024, 4, 20))])
    assert sorted(story.size for story in store.stories()) == [1, 1]


def test_a_story_started_in_one_ingest_takes_the_next_day_s_report_after_the_store_reopens(db_url):
    with open_store(db_url, embed_titles=None) as store:
        store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء", date(2024, 3, 10))])
    with open_store(db_url, embed_titles=None) as store:
        summary = store.ingest([article(BRIDGE_OWN_REPORT, "إذاعة المدينة", date(2024, 3, 11))])
        [story] = store.stories()
    assert (summary.added, len(summary.stories_touched)) == (1, 1)
    assert (story.size, set(story.outlets)) == (2, {"وكالة الأنباء", "إذاعة المدينة"})
    assert (story.first_published, story.last_published) == (date(2024, 3, 10), date(2024, 3, 11))


def test_a_new_version_of_a_page_updates_it(store):
    url = "https://example.org/news/bridge"
    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء", url=url)])
    edited = BRIDGE_WIRE.replace("مئتين وأربعين متراً", "مئتين وخمسين متراً")
    summary = store.ingest([article(edited, "وكالة الأنباء", url=url)])
    assert (summary.added, summary.updated) == (0, 1)
    [story] = store.stories()
    [stored] = store.story_articles(story.id)
    assert "مئتين وخمسين متراً" in stored.text and stored.url == url


def test_two_versions_of_a_page_in_one_batch_leave_the_later_one(store):
    url = "https://example.org/news/bridge"
    edited = BRIDGE_WIRE.replace("مئتين وأربعين متراً", "مئتين وخمسين متراً")
    summary = store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء", url=url),
                            article(edited, "وكالة الأنباء", url=url)])
    assert (summary.added, summary.updated) == (1, 1)
    [story] = store.stories()
    [stored] = store.story_articles(story.id)
    assert "مئتين وخمسين متراً" in stored.text and story.size == 1


def test_a_reprint_keeps_its_copy_group_when_the_wire_text_is_edited(store):
    url = "https://example.org/news/bridge"
    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء", url=url), article(BRIDGE_REPRINT, "الجزيرة")])
    edited = BRIDGE_WIRE.replace("مئتين وأربعين متراً", "مئتين وخمسين متراً")
    store.ingest([article(edited, "وكالة الأنباء", url=url)])
    [story] = store.stories()
    wire, reprint = store.story_articles(story.id)
    assert "مئتين وخمسين متراً" in wire.text
    assert wire.copy_group == reprint.copy_group


def test_bad_inputs_are_reported_and_the_rest_is_stored(store, write):
    good = write("bridge.txt", BRIDGE_WIRE)
    empty = write("empty.txt", "   \n")
    summary = store.ingest(read_articles([good, empty]))
    assert summary.added == 1
    [bad] = summary.bad
    assert isinstance(bad, InputError) and bad.source.endswith("empty.txt")


def test_search_and_missing_ids(store):
    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء"), article(FOOTBALL, "الرياضية")])
    assert [story.title for story in store.stories(search="الهلال")] == ["الهلال يفوز على النصر في ديربي الرياض"]
    with pytest.raises(NotFound, match="story 999"):
        store.story(999)
    with pytest.raises(NotFound, match="article 999"):
        store.article(999)


def test_reclustering_finds_the_same_stories(store):
    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء"), article(BRIDGE_REPRINT, "صحيفة الجزيرة"),
                  article(BRIDGE_OWN_REPORT, "إذاعة المدينة"), article(FOOTBALL, "الرياضية")])
    before = sorted((story.size, story.title) for story in store.stories())
    assert store.recluster() == 2
    assert sorted((story.size, story.title) for story in store.stories()) == before
    assert count(store) == 4


def test_the_story_report_is_kept_until_the_story_changes(store):
    calls = []

    def fake_compare(articles):
        calls.append(len(articles))
        return {"schema": "riwaya.report/1", "articles": [a.title for a in articles]}

    store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء")])
    [story] = store.stories()
    assert store.story_report(story.id, fake_compare) == store.story_report(story.id, fake_compare)
    store.ingest([article(BRIDGE_OWN_REPORT, "إذاعة المدينة")])
    assert len(store.story_report(story.id, fake_compare)["articles"]) == 2
    assert calls == [1, 2]


def test_reports_kept_by_another_riwaya_version_are_made_again(db_url):
    calls = []

    def fake_compare(articles):
        calls.append(len(articles))
        return {"schema": "riwaya.report/1", "articles": [a.title for a in articles]}

    with open_store(db_url, embed_titles=None) as store:
        store.ingest([article(BRIDGE_WIRE, "وكالة الأنباء")])
        [story] = store.stories()
        store.story_report(story.id, fake_compare)
        with store.engine.begin() as connection:
            connection.execute(update(schema.meta).where(schema.meta.c.key == "reports_made_by")
                               .values(value="0.0.1"))
    with open_store(db_url, embed_titles=None) as store:
        store.story_report(story.id, fake_compare)
        store.story_report(story.id, fake_compare)
    assert calls == [1, 1]


def test_a_store_newer_than_the_code_is_refused(db_url):
    with open_store(db_url, embed_titles=None) as store, store.engine.begin() as connection:
        connection.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="99"))
    with pytest.raises(StoreError, match="newer than this riwaya") as refused:
        open_store(db_url, embed_titles=None)
    assert str(refused.value).startswith(f"{db_url}: [E304]")


def test_an_unreadable_address_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="not a database path or URL"):
        open_store("nosuchdb://x/y")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(str(blocker / "riwaya.db"))


def test_articles_without_dates_get_the_given_one(tmp_path):
    from click.testing import CliRunner

    from riwaya.cli import cli

    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLE_STORY), "--db", db,
                                      "--published", EXAMPLE_PUBLISHED.isoformat()])
    assert result.exit_code == 0, result.output
    assert "3 added" in result.output
    listing = CliRunner().invoke(cli, ["stories", "--db", db])
    assert listing.output.startswith("1\t2020-11-17\t3\t")


def test_an_english_report_of_the_story_joins_it_and_another_does_not(db_url):
    convoy = ("Coalition convoy reaches base near Tell Shuayb in Hasakah countryside\n\n"
              "A convoy of the US-led coalition of about fifty vehicles reached the Safsaf base near "
              "the town of Tell Shuayb on Saturday, coming from Iraqi Kurdistan through the Sanabil crossing.")
    floods = ("Flooding in Jakarta forces thousands from their homes\n\n"
              "Heavy monsoon rains flooded parts of the Indonesian capital on Monday, officials said, "
              "and thousands of residents spent the night in schools and mosques.")
    with open_store(db_url) as store:
        store.ingest(read_articles(sorted(EXAMPLE_STORY.glob("*.txt"))))
        for text in (convoy, floods):
            title = text.split("\n\n")[0]
            store.ingest([Article(text, title=title, outlet="Wire", language="en")])
        sizes = {story.title: story.size for story in store.stories()}
    assert sizes == {"رتل للتحالف الدولي يصل إلى قاعدة قرب تل شعيب في ريف الحسكة": 4,
                     "Flooding in Jakarta forces thousands from their homes": 1}


def test_a_report_without_a_title_line_joins_the_story_with_its_outlet_named(store, tmp_path):
    """The first line «الخابور نيوز/ افتتح ...» is the body's first sentence: its dateline names
    the outlet, its lede stands for the title, and the report joins the wire report's story."""
    titled = tmp_path / "wire.txt"
    titled.write_text(BRIDGE_WIRE, encoding="utf-8")
    untitled = tmp_path / "untitled.txt"
    untitled.write_text(
        "الخابور نيوز/ افتتح محافظ الحسكة صباح الأحد جسر الخابور الجديد الذي يربط الأحياء الشرقية "
        "بوسط المدينة، بعد عامين من أعمال البناء وتوقفها مرات بسبب نقص التمويل.\n"
        "وقال المحافظ خلال حفل الافتتاح إن الجسر الجديد سيخفف الازدحام عن الجسر القديم الذي تضرر في "
        "فيضان الشتاء الماضي. وبلغت كلفة المشروع ثلاثة ملايين دولار قدمتها منظمة إغاثة دولية.",
        encoding="utf-8")
    articles = list(read_articles([titled, untitled]))
    assert articles[1].title.startswith("افتتح محافظ الحسكة صباح الأحد") and articles[1].title.endswith("…")
    assert (articles[1].dateline.start, articles[1].outlet) == (0, "الخابور نيوز")
    store.ingest(articles)
    [story] = store.stories()
    assert story.size == 2
    assert set(story.outlets) == {"وكالة الأنباء", "الخابور نيوز"}


def test_an_arabic_report_joins_a_story_started_in_english(db_url):
    """The other direction: the English wire report comes first, the Arabic retelling joins it."""
    english = ("Coalition convoy reaches base near Tell Shuayb in Hasakah countryside\n\n"
               "A convoy of the US-led coalition of about fifty vehicles reached the Safsaf base near "
               "the town of Tell Shuayb on Saturday, coming from Iraqi Kurdistan through the Sanabil crossing.")
    with open_store(db_url) as store:
        store.ingest([Article(english, title=english.split("\n\n")[0], outlet="Wire", language="en",
                              published=EXAMPLE_PUBLISHED)])
        store.ingest(read_articles(sorted(EXAMPLE_STORY.glob("*.txt"))[:1]))
        stories = store.stories()
    assert [(story.size, story.title) for story in stories] == [
        (2, "Coalition convoy reaches base near Tell Shuayb in Hasakah countryside")]
