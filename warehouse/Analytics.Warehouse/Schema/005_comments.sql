-- What every table and column means, in Russian, for the analysts who open the warehouse with
-- their own client (DBeaver, the DuckDB CLI, Power BI): meaning, unit, code lists. Kept in the
-- warehouse as COMMENT ON (duckdb_tables().comment, duckdb_columns().comment); docs/warehouse.md
-- is generated from them. Applied at every read-write open where a comment differs
-- (WarehouseSchema.ApplyComments): one statement per line, text in single quotes.

COMMENT ON TABLE dim_municipality IS 'Муниципальные образования региона (справочник из файла municipalities).';
COMMENT ON COLUMN dim_municipality.code IS 'Код ОКТМО муниципального образования; ключ.';
COMMENT ON COLUMN dim_municipality.name IS 'Наименование муниципального образования.';
COMMENT ON COLUMN dim_municipality.kind IS 'Вид: городской округ, муниципальный район, муниципальный округ (как в файле; может быть пустым).';

COMMENT ON TABLE dim_organization IS 'Образовательные организации (справочник из файла organizations).';
COMMENT ON COLUMN dim_organization.org_id IS 'Код организации (ИНН или код ОО); ключ.';
COMMENT ON COLUMN dim_organization.name IS 'Наименование организации.';
COMMENT ON COLUMN dim_organization.municipality_code IS 'Код ОКТМО муниципального образования организации (dim_municipality.code).';
COMMENT ON COLUMN dim_organization.type IS 'Тип: school — общеобразовательная, preschool — дошкольная, additional — дополнительного образования, college — профессиональная, university — высшего образования, dpo — ДПО.';
COMMENT ON COLUMN dim_organization.low_results IS 'Школа с низкими образовательными результатами (ШНОР): true / false.';

COMMENT ON TABLE dim_program IS 'Дополнительные профессиональные программы (справочник из файла programs).';
COMMENT ON COLUMN dim_program.program_id IS 'Код программы; ключ.';
COMMENT ON COLUMN dim_program.title IS 'Наименование программы.';
COMMENT ON COLUMN dim_program.kind IS 'Вид: pk — повышение квалификации, pp — профессиональная переподготовка.';
COMMENT ON COLUMN dim_program.hours IS 'Объём программы, часов (может быть пустым).';
COMMENT ON COLUMN dim_program.provider IS 'Организация, реализующая программу.';
COMMENT ON COLUMN dim_program.federal_registry IS 'Программа из федерального реестра ДПП (ФР ДПП): true / false.';
COMMENT ON COLUMN dim_program.network_form IS 'Реализуется в сетевой форме: true / false.';
COMMENT ON COLUMN dim_program.updated_year IS 'Год последнего обновления программы.';
COMMENT ON COLUMN dim_program.topics IS 'Тематика (список): quality_assessment, low_results_schools, career_guidance, upbringing, gifted, preschool, management, digital.';
COMMENT ON COLUMN dim_program.areas IS 'Области дефицитов, на которые направлена программа (список): subject, methodical, psych_pedagogical, digital, communicative.';

COMMENT ON TABLE dim_person IS 'Работники (псевдонимы): ни ФИО, ни СНИЛС, ни даты рождения; одна строка на человека.';
COMMENT ON COLUMN dim_person.person_key IS 'Псевдоним человека: первые 128 бит HMAC-SHA256 нормализованного СНИЛС на секретном ключе ведомства (docs/privacy.md).';

COMMENT ON TABLE dim_year IS 'Годы, за которые загружен срез кадрового состава (teachers).';
COMMENT ON COLUMN dim_year.year IS 'Год среза.';

COMMENT ON TABLE dim_deficit_area IS 'Области профессиональных дефицитов (словарь продукта).';
COMMENT ON COLUMN dim_deficit_area.code IS 'Код области: subject, methodical, psych_pedagogical, digital, communicative.';
COMMENT ON COLUMN dim_deficit_area.name_ru IS 'Наименование области дефицитов.';
COMMENT ON COLUMN dim_deficit_area.sort_order IS 'Порядок показа.';

COMMENT ON TABLE dim_indicator IS 'Показатели мониторинга (каталог продукта, docs/methodology.md); к нему присоединяются витрины.';
COMMENT ON COLUMN dim_indicator.code IS 'Код показателя, как в выгрузках и в файле целевых значений.';
COMMENT ON COLUMN dim_indicator.name_ru IS 'Наименование показателя.';
COMMENT ON COLUMN dim_indicator.unit IS 'Единица: % (доля), чел., ед. или отношение.';
COMMENT ON COLUMN dim_indicator.direction IS 'Какое значение лучше: higher — большее, lower — меньшее.';
COMMENT ON COLUMN dim_indicator.sort_order IS 'Порядок показа (порядок каталога).';

COMMENT ON TABLE fact_staff IS 'Кадровый состав: работник в организации в году среза (файл teachers).';
COMMENT ON COLUMN fact_staff.year IS 'Год среза.';
COMMENT ON COLUMN fact_staff.person_key IS 'Псевдоним работника (dim_person.person_key).';
COMMENT ON COLUMN fact_staff.org_id IS 'Организация (dim_organization.org_id).';
COMMENT ON COLUMN fact_staff.role IS 'Категория: teacher — педагог, manager — руководитель или заместитель.';
COMMENT ON COLUMN fact_staff.birth_year IS 'Год рождения (дата рождения не хранится).';
COMMENT ON COLUMN fact_staff.experience_years IS 'Педагогический стаж на дату среза, полных лет.';
COMMENT ON COLUMN fact_staff.position IS 'Должность (как в файле; может быть пустой).';

COMMENT ON TABLE fact_diagnostic IS 'Результаты диагностики профессиональных дефицитов (файл diagnostics).';
COMMENT ON COLUMN fact_diagnostic.person_key IS 'Псевдоним работника.';
COMMENT ON COLUMN fact_diagnostic.date IS 'Дата диагностики.';
COMMENT ON COLUMN fact_diagnostic.area IS 'Область дефицитов (dim_deficit_area.code).';
COMMENT ON COLUMN fact_diagnostic.score IS 'Результат, % от максимума (0–100); ниже порога Indicators:DeficitThreshold — дефицит.';

COMMENT ON TABLE fact_course IS 'Обучение по дополнительным профессиональным программам (файл courses).';
COMMENT ON COLUMN fact_course.person_key IS 'Псевдоним работника.';
COMMENT ON COLUMN fact_course.program_id IS 'Программа (dim_program.program_id).';
COMMENT ON COLUMN fact_course.start_date IS 'Дата начала обучения.';
COMMENT ON COLUMN fact_course.end_date IS 'Дата окончания (обязательна для завершивших).';
COMMENT ON COLUMN fact_course.status IS 'Статус: completed — завершил, in_progress — обучается, dropped — отчислен.';

COMMENT ON TABLE fact_route IS 'Индивидуальные образовательные маршруты (ИОМ) (файл routes).';
COMMENT ON COLUMN fact_route.route_id IS 'Номер ИОМ.';
COMMENT ON COLUMN fact_route.person_key IS 'Псевдоним педагога, для которого разработан маршрут.';
COMMENT ON COLUMN fact_route.created_date IS 'Дата разработки маршрута.';
COMMENT ON COLUMN fact_route.tutor_key IS 'Псевдоним тьютора (может быть пустым).';
COMMENT ON COLUMN fact_route.status IS 'Статус: active — действует, completed — завершён, cancelled — отменён.';
COMMENT ON COLUMN fact_route.completed_date IS 'Дата завершения маршрута.';

COMMENT ON TABLE fact_mentoring IS 'Наставничество и сопровождение молодых педагогов (файл mentoring).';
COMMENT ON COLUMN fact_mentoring.mentee_key IS 'Псевдоним наставляемого.';
COMMENT ON COLUMN fact_mentoring.mentor_key IS 'Псевдоним наставника (может быть пустым).';
COMMENT ON COLUMN fact_mentoring.start_date IS 'Дата начала сопровождения.';
COMMENT ON COLUMN fact_mentoring.end_date IS 'Дата окончания (пусто — продолжается).';
COMMENT ON COLUMN fact_mentoring.form IS 'Форма поддержки (как в файле).';

COMMENT ON TABLE fact_methodist IS 'Региональный и муниципальный методический актив в году (файл methodists).';
COMMENT ON COLUMN fact_methodist.year IS 'Год.';
COMMENT ON COLUMN fact_methodist.person_key IS 'Псевдоним участника методического актива.';
COMMENT ON COLUMN fact_methodist.municipality_code IS 'Обслуживаемое муниципальное образование (dim_municipality.code).';
COMMENT ON COLUMN fact_methodist.role IS 'Роль: methodist — методист, tutor — тьютор, expert — эксперт.';

COMMENT ON TABLE fact_staffing IS 'Штатное расписание организации на дату (файл staffing).';
COMMENT ON COLUMN fact_staffing.org_id IS 'Организация (dim_organization.org_id).';
COMMENT ON COLUMN fact_staffing.date IS 'Дата, на которую даны штатные единицы.';
COMMENT ON COLUMN fact_staffing.positions IS 'Штатные единицы педагогических работников (могут быть дробными).';
COMMENT ON COLUMN fact_staffing.filled IS 'Занятые штатные единицы (не больше positions); вакансии = positions − filled.';

COMMENT ON TABLE target_override IS 'Целевые значения показателей из файла targets; перекрывают встроенные цели каталога с того же года.';
COMMENT ON COLUMN target_override.indicator IS 'Код показателя (dim_indicator.code).';
COMMENT ON COLUMN target_override.from_year IS 'Год, с которого действует целевое значение (до следующего).';
COMMENT ON COLUMN target_override.target IS 'Целевое значение в единице показателя.';

COMMENT ON TABLE audit_run IS 'Журнал запусков загрузки: один запуск ingest или задания службы.';
COMMENT ON COLUMN audit_run.run_id IS 'Номер запуска; ключ.';
COMMENT ON COLUMN audit_run.command IS 'Кто запускал: ingest — команда, serve — задание службы, site — сборка сайта, recommendations — выдача рекомендаций.';
COMMENT ON COLUMN audit_run.started_at IS 'Начало запуска (местное время).';
COMMENT ON COLUMN audit_run.finished_at IS 'Окончание запуска (пусто — запуск прерван).';
COMMENT ON COLUMN audit_run.outcome IS 'Итог: running — идёт или прерван, done — без отказов, refusals — с отказами, failed — сбой.';
COMMENT ON COLUMN audit_run.files_seen IS 'Файлов во входящей папке.';
COMMENT ON COLUMN audit_run.files_loaded IS 'Файлов загружено.';
COMMENT ON COLUMN audit_run.files_skipped IS 'Файлов пропущено как загруженные ранее.';
COMMENT ON COLUMN audit_run.files_refused IS 'Файлов отклонено целиком.';
COMMENT ON COLUMN audit_run.rows_read IS 'Строк данных прочитано.';
COMMENT ON COLUMN audit_run.rows_loaded IS 'Строк загружено.';
COMMENT ON COLUMN audit_run.rows_refused IS 'Строк отклонено.';
COMMENT ON COLUMN audit_run.error IS 'Причина сбоя запуска (без значений из файлов).';

COMMENT ON TABLE audit_file IS 'Журнал файлов: каждый обработанный файл и его итог.';
COMMENT ON COLUMN audit_file.file_id IS 'Номер записи о файле; ключ.';
COMMENT ON COLUMN audit_file.run_id IS 'Запуск (audit_run.run_id).';
COMMENT ON COLUMN audit_file.file_name IS 'Имя файла (имя с персональными данными записано как вид и хэш).';
COMMENT ON COLUMN audit_file.kind IS 'Вид файла по контракту данных (teachers, diagnostics, …); пусто, если не распознан.';
COMMENT ON COLUMN audit_file.content_hash IS 'SHA-256 содержимого файла: то же содержимое того же вида не загружается дважды; у файла, отклонённого непрочитанным или за расширение, — «name-» и хеш его имени.';
COMMENT ON COLUMN audit_file.outcome IS 'Итог: loaded — загружен (возможно, с отказами строк), refused — отклонён целиком.';
COMMENT ON COLUMN audit_file.rows_read IS 'Строк данных прочитано.';
COMMENT ON COLUMN audit_file.rows_loaded IS 'Строк загружено.';
COMMENT ON COLUMN audit_file.rows_refused IS 'Строк отклонено.';
COMMENT ON COLUMN audit_file.reason IS 'Причина отказа файлу целиком (без значений из файла).';
COMMENT ON COLUMN audit_file.archived_as IS 'Путь архивной копии относительно папки архива.';
COMMENT ON COLUMN audit_file.loaded_at IS 'Когда файл обработан (местное время).';
COMMENT ON COLUMN audit_file.elapsed_ms IS 'Время обработки файла, мс.';
COMMENT ON COLUMN audit_file.notes IS 'Замечания к загруженному файлу, по одному в строке (столбец заголовка, похожий на недостающий; год в имени, которого нет в строках), без значений из файла.';

COMMENT ON TABLE audit_refusal IS 'Отказы строкам: файл, строка, столбец и причина; значений ячеек не хранит (они в отчёте об отказах в архиве).';
COMMENT ON COLUMN audit_refusal.file_id IS 'Файл (audit_file.file_id).';
COMMENT ON COLUMN audit_refusal.line IS 'Номер строки файла (строка 1 — заголовок).';
COMMENT ON COLUMN audit_refusal.column_name IS 'Столбец, как он назван в заголовке файла.';
COMMENT ON COLUMN audit_refusal.reason IS 'Причина отказа по-русски.';

COMMENT ON TABLE warehouse_key IS 'Отпечаток ключа псевдонимизации, которым загружено хранилище (HMAC фиксированной метки; сам ключ не хранится).';
COMMENT ON COLUMN warehouse_key.fingerprint IS 'Отпечаток ключа: загрузка с другим ключом отклоняется.';
COMMENT ON COLUMN warehouse_key.recorded_at IS 'Когда отпечаток записан (первая загрузка).';

COMMENT ON TABLE mart_indicator IS 'Витрина значений показателей: каждый показатель за каждый год по региону, муниципалитетам и организациям, с целями и признаком скрытия. Полные значения владельца: в публикуемых выгрузках у скрытых строк числитель, знаменатель и значение пусты.';
COMMENT ON COLUMN mart_indicator.indicator IS 'Код показателя (dim_indicator.code).';
COMMENT ON COLUMN mart_indicator.year IS 'Год.';
COMMENT ON COLUMN mart_indicator.level IS 'Уровень: region — регион, municipality — муниципалитет, organization — организация.';
COMMENT ON COLUMN mart_indicator.entity_code IS 'Код объекта: region для региона, ОКТМО муниципалитета, код организации.';
COMMENT ON COLUMN mart_indicator.entity_name IS 'Наименование муниципалитета или организации (пусто для региона).';
COMMENT ON COLUMN mart_indicator.municipality_code IS 'ОКТМО муниципалитета, к которому относится строка (пусто для региона).';
COMMENT ON COLUMN mart_indicator.numerator IS 'Числитель (для количественных показателей — само количество).';
COMMENT ON COLUMN mart_indicator.denominator IS 'Знаменатель (пусто для количественных показателей).';
COMMENT ON COLUMN mart_indicator.value IS 'Значение в единице показателя: доля в %, отношение, количество.';
COMMENT ON COLUMN mart_indicator.target IS 'Целевое значение на год (пусто — цели нет).';
COMMENT ON COLUMN mart_indicator.meets_target IS 'Цель достигнута с учётом направления показателя (пусто — нет цели или значения).';
COMMENT ON COLUMN mart_indicator.ci_low IS 'Нижняя граница 95 % доверительного интервала Уилсона для доли людей, % (пусто для других показателей).';
COMMENT ON COLUMN mart_indicator.ci_high IS 'Верхняя граница 95 % доверительного интервала Уилсона для доли людей, %.';
COMMENT ON COLUMN mart_indicator.suppressed IS 'Скрыто: знаменатель меньше Privacy:MinCell или ячейка, раскрывающая скрытую (вторичное скрытие). Не публикуется.';

COMMENT ON TABLE mart_gap IS 'Витрина разрывов между муниципалитетами по сравнимым показателям (количества не сравниваются): по показателю и году, по публикуемым значениям (includes_suppressed = false) и по всем (true, только для владельца).';
COMMENT ON COLUMN mart_gap.indicator IS 'Код показателя (dim_indicator.code).';
COMMENT ON COLUMN mart_gap.year IS 'Год.';
COMMENT ON COLUMN mart_gap.includes_suppressed IS 'false — по публикуемым значениям муниципалитетов (то, что показывают сайт и выгрузки); true — включая скрытые.';
COMMENT ON COLUMN mart_gap.n IS 'Число муниципалитетов со значением.';
COMMENT ON COLUMN mart_gap.min IS 'Минимальное значение среди муниципалитетов.';
COMMENT ON COLUMN mart_gap.max IS 'Максимальное значение среди муниципалитетов.';
COMMENT ON COLUMN mart_gap.range IS 'Размах: max − min, в единице показателя (для долей — процентные пункты).';
COMMENT ON COLUMN mart_gap.ratio IS 'Отношение max / min (пусто при min = 0).';
COMMENT ON COLUMN mart_gap.mean IS 'Невзвешенное среднее значений муниципалитетов.';
COMMENT ON COLUMN mart_gap.median IS 'Медиана значений муниципалитетов (база сравнения муниципалитета).';
COMMENT ON COLUMN mart_gap.sd IS 'Стандартное отклонение (по генеральной совокупности).';
COMMENT ON COLUMN mart_gap.cv IS 'Коэффициент вариации sd / mean (пусто при mean = 0).';
COMMENT ON COLUMN mart_gap.region_value IS 'Значение по региону.';
COMMENT ON COLUMN mart_gap.meeting_target IS 'Сколько муниципалитетов достигли цели (пусто — цели нет).';

COMMENT ON TABLE mart_standing IS 'Витрина положения муниципалитетов по сравнимым показателям: место, отставание от региона, цели и медианы, изменение за год, нормированный балл, уровневая группа, значимость различий (по публикуемым значениям).';
COMMENT ON COLUMN mart_standing.indicator IS 'Код показателя (dim_indicator.code).';
COMMENT ON COLUMN mart_standing.year IS 'Год.';
COMMENT ON COLUMN mart_standing.municipality_code IS 'ОКТМО муниципалитета (dim_municipality.code).';
COMMENT ON COLUMN mart_standing.value IS 'Значение показателя муниципалитета (пусто: отношение с нулевым знаменателем, например нет методистов; такой муниципалитет на последнем месте).';
COMMENT ON COLUMN mart_standing.rank IS 'Место: 1 — лучший с учётом направления показателя; равные значения делят лучшее место.';
COMMENT ON COLUMN mart_standing.of IS 'Из скольких муниципалитетов с публикуемым значением.';
COMMENT ON COLUMN mart_standing.gap_to_region IS 'Значение минус значение по региону, в единице показателя.';
COMMENT ON COLUMN mart_standing.gap_to_target IS 'Значение минус целевое значение (пусто — цели нет).';
COMMENT ON COLUMN mart_standing.change_from_previous_year IS 'Изменение к прошлому году (пусто — в прошлом году значения нет).';
COMMENT ON COLUMN mart_standing.median IS 'Медиана значений муниципалитетов за год.';
COMMENT ON COLUMN mart_standing.gap_to_median IS 'Значение минус медиана, в единице показателя.';
COMMENT ON COLUMN mart_standing.scaled_score IS 'Нормированный балл 0–100 (мин–макс по муниципалитетам с учётом направления: 100 — лучший).';
COMMENT ON COLUMN mart_standing.level_group IS 'Уровневая группа по терцилям нормированного балла: высокий, средний, низкий.';
COMMENT ON COLUMN mart_standing.differs_from_target IS 'Различие с целью значимо: 95 % интервал Уилсона не содержит цель (пусто — нет интервала или цели).';
COMMENT ON COLUMN mart_standing.differs_from_median IS 'Различие с медианой значимо: 95 % интервал Уилсона не содержит медиану (пусто — нет интервала).';

COMMENT ON TABLE mart_composite IS 'Витрина интегрального индекса муниципалитетов: среднее нормированных баллов сначала внутри групп показателей, затем по группам.';
COMMENT ON COLUMN mart_composite.year IS 'Год.';
COMMENT ON COLUMN mart_composite.municipality_code IS 'ОКТМО муниципалитета (dim_municipality.code).';
COMMENT ON COLUMN mart_composite.composite_index IS 'Интегральный индекс 0–100 (100 — лучший по всем сравнимым показателям).';
COMMENT ON COLUMN mart_composite.groups IS 'Число групп показателей, вошедших в индекс.';
COMMENT ON COLUMN mart_composite.indicators IS 'Число показателей, вошедших в индекс.';
COMMENT ON COLUMN mart_composite.rank IS 'Место по индексу (1 — лучший).';
COMMENT ON COLUMN mart_composite.of IS 'Из скольких муниципалитетов.';
COMMENT ON COLUMN mart_composite.level_group IS 'Уровневая группа по терцилям индекса: высокий, средний, низкий.';

COMMENT ON TABLE mart_state IS 'Состояние витрин (одна строка): устарели ли они после загрузки и чем рассчитаны.';
COMMENT ON COLUMN mart_state.stale IS 'true — после последнего расчёта загружены данные; читающий витрины сначала пересчитывает их.';
COMMENT ON COLUMN mart_state.refreshed_at IS 'Когда витрины рассчитаны (UTC).';
COMMENT ON COLUMN mart_state.fingerprint IS 'Отпечаток версии расчёта и настроек; другая версия или настройки — пересчёт.';
COMMENT ON COLUMN mart_state.min_cell IS 'Наименьший публикуемый знаменатель при расчёте (Privacy:MinCell).';
COMMENT ON COLUMN mart_state.deficit_threshold IS 'Порог дефицита при расчёте (Indicators:DeficitThreshold), % от максимума.';

COMMENT ON COLUMN audit_run.note IS 'Примечание к запуску (например, что выдача рекомендаций заменила ранее выданный набор).';

COMMENT ON TABLE fact_measure IS 'Мероприятия, принятые по адресным рекомендациям (файлы measures).';
COMMENT ON COLUMN fact_measure.municipality_code IS 'ОКТМО муниципалитета (dim_municipality.code) или region для регионального мероприятия.';
COMMENT ON COLUMN fact_measure.indicator IS 'Код показателя, по которому принято мероприятие (dim_indicator.code).';
COMMENT ON COLUMN fact_measure.year IS 'Год рекомендации, на которую отвечает мероприятие.';
COMMENT ON COLUMN fact_measure.title IS 'Наименование мероприятия.';
COMMENT ON COLUMN fact_measure.start_date IS 'Дата начала.';
COMMENT ON COLUMN fact_measure.end_date IS 'Дата окончания (может быть пустой).';
COMMENT ON COLUMN fact_measure.responsible IS 'Ответственный орган: department, mms (ММС), mouo (МОУО), heads (руководители ОО), cnppm (ЦНППМ), togirro (ТОГИРРО).';
COMMENT ON COLUMN fact_measure.status IS 'Статус: planned — запланировано, done — выполнено, cancelled — отменено.';

COMMENT ON TABLE rec_issue IS 'Выданные наборы адресных рекомендаций: один на год, новая выдача заменяет прежнюю.';
COMMENT ON COLUMN rec_issue.year IS 'Год, по данным которого выданы рекомендации; ключ.';
COMMENT ON COLUMN rec_issue.issued_on IS 'Дата выдачи.';
COMMENT ON COLUMN rec_issue.run_id IS 'Запуск, записавший выдачу (audit_run.run_id).';
COMMENT ON COLUMN rec_issue.recommendations IS 'Число рекомендаций в наборе.';

COMMENT ON TABLE rec_recommendation IS 'Выданные адресные рекомендации муниципалитетам.';
COMMENT ON COLUMN rec_recommendation.year IS 'Год (rec_issue.year).';
COMMENT ON COLUMN rec_recommendation.municipality_code IS 'ОКТМО муниципалитета (dim_municipality.code).';
COMMENT ON COLUMN rec_recommendation.indicator IS 'Код показателя (dim_indicator.code).';
COMMENT ON COLUMN rec_recommendation.condition IS 'Условие: MissesTarget — цель не достигнута, WorsenedTwoYears — ухудшение два года подряд, WorseThanMedian — значимо хуже медианы муниципалитетов.';
COMMENT ON COLUMN rec_recommendation.severity IS 'Важность: 3 — высокая, 2 — средняя, 1 — низкая.';
COMMENT ON COLUMN rec_recommendation.position IS 'Место среди рекомендаций муниципалитета (1 — самая важная; не более пяти).';
COMMENT ON COLUMN rec_recommendation.value IS 'Значение показателя муниципалитета (пусто: нет методистов).';
COMMENT ON COLUMN rec_recommendation.baseline IS 'С чем сравнивалось: целевое значение, медиана муниципалитетов или значение двумя годами ранее.';
COMMENT ON COLUMN rec_recommendation.text IS 'Текст рекомендации.';
COMMENT ON COLUMN rec_recommendation.responsible IS 'Ответственные органы.';
COMMENT ON COLUMN rec_recommendation.term IS 'Срок исполнения.';
