"""Two reports of one made-up story, written for these tests: a market blast in the town of
النخيل, with a death toll that differs (12 against 19) and a reader's comment in the second
that carries a <script> element and an onerror attribute, which must stay plain text."""

MARKET = {
    "title": "انفجار في سوق مدينة النخيل يوقع قتلى",
    "outlet": "وكالة الأفق",
    "published": "2021-03-09",
    "text": "انفجار في سوق مدينة النخيل يوقع قتلى\n\n"
            "النخيل - (وكالة الأفق) - قُتل 12 شخصاً في انفجار وقع يوم الجمعة الماضي في السوق "
            "القديم بمدينة النخيل، بحسب ما أعلنت مديرية الصحة في المحافظة.\n"
            "وقال مدير الدفاع المدني سامر الحلبي إن فرق الإنقاذ انتشلت الضحايا من تحت الأنقاض، "
            "وإن ٣٠ محلاً تضررت بالكامل.",
}

TOLL_HOSTILE = {
    "title": "ارتفاع حصيلة انفجار سوق النخيل",
    "outlet": "صحيفة المدار",
    "published": "2021-03-09",
    "text": "ارتفاع حصيلة انفجار سوق النخيل\n\n"
            "أفادت مصادر طبية بمقتل 19 شخصاً في انفجار سوق النخيل يوم الجمعة الماضي.\n"
            "وقال مدير الدفاع المدني سامر الحلبي إن ٣٠ محلاً تضررت بالكامل.\n"
            "ونشر أحد القراء تعليقاً جاء فيه <script>alert('riwaya')</script> ثم "
            "<img src=x onerror=alert(1)> قبل أن يُحذف.",
}
