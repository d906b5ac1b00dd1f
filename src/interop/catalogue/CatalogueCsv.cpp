#include "interop/catalogue/CatalogueCsv.h"

#include "domain/ErrorCodes.h"
#include "interop/catalogue/CsvTable.h"
#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/Tr.h"

#include <QHash>

namespace sgl::interop::catalogue {

using namespace sgl::domain;

namespace {

QString num(std::optional<double> v)
{
    if (!v)
        return {};
    return QString::number(*v, 'g', 15).replace(QLatin1Char('.'), QLatin1Char(','));
}

std::optional<double> parseNumber(const QString &text, bool &ok)
{
    ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QString s = t;
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        ok = false;
        return std::nullopt;
    }
    return v;
}

QString valueList(const QList<ValueOption> &options)
{
    QStringList parts;
    for (const ValueOption &o : options)
        parts << (o.abnormal ? QStringLiteral("*") : QString()) + o.code + QLatin1Char('=') + o.label;
    return parts.join(QLatin1Char('|'));
}

QString mappings(const QList<AnalyzerMapping> &list)
{
    QStringList parts;
    for (const AnalyzerMapping &m : list)
        parts << m.analyzer + QLatin1Char('=') + m.code;
    return parts.join(QLatin1Char('|'));
}

} // namespace

QStringList CatalogueCsv::requiredColumns()
{
    return {QStringLiteral("chapter_code"), QStringLiteral("exam_code"), QStringLiteral("local_code"),
            QStringLiteral("label"),        QStringLiteral("specimen"),  QStringLiteral("unit"),
            QStringLiteral("method"),       QStringLiteral("loinc")};
}

QStringList CatalogueCsv::optionalColumns()
{
    return {QStringLiteral("chapter_label"),  QStringLiteral("chapter_loinc"),
            QStringLiteral("parent_chapter_code"), QStringLiteral("parent_chapter_label"),
            QStringLiteral("parent_chapter_loinc"), QStringLiteral("exam_label"),
            QStringLiteral("exam_loinc"),     QStringLiteral("result_type"),
            QStringLiteral("display_unit"),   QStringLiteral("second_unit"),
            QStringLiteral("second_unit_factor"), QStringLiteral("second_loinc"),
            QStringLiteral("decimals"),       QStringLiteral("value_list"),
            QStringLiteral("formula"),        QStringLiteral("analyzer_codes"),
            QStringLiteral("bench"),          QStringLiteral("bench_label"),
            QStringLiteral("container"),      QStringLiteral("clinical_questions"),
            QStringLiteral("delta_absolute"), QStringLiteral("delta_relative"),
            QStringLiteral("delta_window_days")};
}

QStringList CatalogueCsv::informativeColumns()
{
    return {QStringLiteral("loinc_long_name"), QStringLiteral("loinc_status")};
}

QStringList CatalogueCsv::rangeColumns()
{
    return {QStringLiteral("local_code"),   QStringLiteral("sex"),          QStringLiteral("age_min"),
            QStringLiteral("age_max"),      QStringLiteral("low"),          QStringLiteral("high"),
            QStringLiteral("critical_low"), QStringLiteral("critical_high"), QStringLiteral("valid_low"),
            QStringLiteral("valid_high"),   QStringLiteral("text")};
}

QByteArray CatalogueCsv::write(const Catalogue &c, const LoincSubset &loinc)
{
    QStringList header = {QStringLiteral("parent_chapter_code"), QStringLiteral("parent_chapter_label"),
                          QStringLiteral("parent_chapter_loinc"), QStringLiteral("chapter_code"),
                          QStringLiteral("chapter_label"), QStringLiteral("chapter_loinc"),
                          QStringLiteral("exam_code"), QStringLiteral("exam_label"),
                          QStringLiteral("exam_loinc"), QStringLiteral("local_code"),
                          QStringLiteral("label"), QStringLiteral("specimen"),
                          QStringLiteral("result_type"), QStringLiteral("unit"),
                          QStringLiteral("display_unit"), QStringLiteral("second_unit"),
                          QStringLiteral("second_unit_factor"), QStringLiteral("second_loinc"),
                          QStringLiteral("decimals"), QStringLiteral("method"),
                          QStringLiteral("value_list"), QStringLiteral("formula"),
                          QStringLiteral("analyzer_codes"), QStringLiteral("loinc"),
                          QStringLiteral("loinc_long_name"), QStringLiteral("loinc_status"),
                          // Added in 0202, last so that the columns of older exports keep their place.
                          QStringLiteral("bench"), QStringLiteral("bench_label"),
                          QStringLiteral("container"), QStringLiteral("clinical_questions"),
                          // Added in 0203 (delta checks), last for the same reason.
                          QStringLiteral("delta_absolute"), QStringLiteral("delta_relative"),
                          QStringLiteral("delta_window_days")};
    QByteArray out("\xEF\xBB\xBF");
    out.reserve(256 * (c.analyses.size() + 1));
    out += CsvTable::formatRow(header);
    QHash<QString, const Analysis *> byCode;
    for (const Analysis &a : c.analyses)
        byCode.insert(a.localCode, &a);
    QHash<QString, const Chapter *> chapters;
    for (const Chapter &ch : c.chapters)
        chapters.insert(ch.code, &ch);
    QSet<QString> written;
    auto row = [&](const Exam *e, const Analysis &a) {
        const Chapter *ch = e ? chapters.value(e->chapterCode) : nullptr;
        const Chapter *parent = ch && !ch->parentCode.isEmpty() ? chapters.value(ch->parentCode) : nullptr;
        const LoincEntry *entry = loinc.find(a.loinc);
        const Bench *bench = c.bench(a.bench);
        out += CsvTable::formatRow(
            {parent ? parent->code : QString(), parent ? parent->label : QString(),
             parent ? parent->loinc : QString(), ch ? ch->code : QString(), ch ? ch->label : QString(),
             ch ? ch->loinc : QString(), e ? e->code : QString(), e ? e->label : QString(),
             e ? e->loinc : QString(), a.localCode, a.label, a.specimen, resultTypeCode(a.resultType),
             a.unit, a.displayUnit, a.secondUnit, num(a.secondUnitFactor), a.secondLoinc,
             a.decimals >= 0 ? QString::number(a.decimals) : QString(), a.method,
             valueList(a.valueOptions), a.formula, mappings(a.analyzerMappings), a.loinc,
             entry ? entry->longName : QString(), loincStatusCode(loinc.status(a.loinc)), a.bench,
             bench ? bench->label : QString(), a.container, a.questions.join(QLatin1Char('|')),
             num(a.delta ? a.delta->absolute : std::nullopt), num(a.delta ? a.delta->relativePercent : std::nullopt),
             a.delta ? QString::number(a.delta->windowDays) : QString()});
        written.insert(a.localCode);
    };
    for (const Exam &e : c.exams)
        for (const QString &code : e.analysisCodes)
            if (const Analysis *a = byCode.value(code); a && !written.contains(code))
                row(&e, *a);
    for (const Analysis &a : c.analyses) // analyses in no exam (not prescribable alone)
        if (!written.contains(a.localCode))
            row(nullptr, a);
    return out;
}

QByteArray CatalogueCsv::writeRanges(const Catalogue &c)
{
    QByteArray out("\xEF\xBB\xBF");
    out += CsvTable::formatRow(rangeColumns());
    for (const Analysis &a : c.analyses)
        for (const ReferenceRange &r : a.ranges)
            out += CsvTable::formatRow({a.localCode, r.sex ? sexCode(*r.sex) : QString(),
                                        r.ageMin.toString(), r.ageMax ? r.ageMax->toString() : QString(),
                                        num(r.low), num(r.high), num(r.criticalLow), num(r.criticalHigh),
                                        num(r.validLow), num(r.validHigh), r.text});
    return out;
}

namespace {

/** Reads the ranges companion into local code -> ranges; problems appended to `in.errors`. */
QHash<QString, QList<ReferenceRange>> readRanges(const QByteArray &bytes, const QString &source,
                                                 ImportedCatalogue &in)
{
    QHash<QString, QList<ReferenceRange>> out;
    CsvTable t = CsvTable::parse(bytes, source);
    in.errors << t.errors;
    if (!t.errors.isEmpty())
        return out;
    bool missing = false;
    for (const QString &col : CatalogueCsv::rangeColumns())
        if (t.column(col) < 0) {
            in.errors << Error{errc::CsvMissingColumn,
                               Tr::tr("Colonne obligatoire « %1 » absente.").arg(col),
                               QStringLiteral("%1:1").arg(source)};
            missing = true;
        }
    if (missing)
        return out;
    for (const CsvTable::Row &row : t.rows) {
        const QString loc = QStringLiteral("%1:%2").arg(source).arg(row.line);
        auto f = [&](const char *name) { return row.fields.value(t.column(QString::fromLatin1(name))).trimmed(); };
        ReferenceRange r;
        const QString code = f("local_code");
        if (code.isEmpty()) {
            in.errors << Error{domain::errc::CatalogueMissingField, Tr::tr("Code local manquant."), loc};
            continue;
        }
        const QString sex = f("sex");
        if (sex == QLatin1String("F"))
            r.sex = Sex::Female;
        else if (sex == QLatin1String("M"))
            r.sex = Sex::Male;
        else if (!sex.isEmpty() && sex != QLatin1String("*"))
            in.errors << Error{domain::errc::CatalogueRangeSex,
                               Tr::tr("Sexe « %1 » invalide (F, M ou vide pour tous).").arg(sex), loc};
        const QString ageMin = f("age_min");
        if (!ageMin.isEmpty()) {
            if (auto a = AgeLimit::parse(ageMin))
                r.ageMin = *a;
            else
                in.errors << Error{errc::RangeAge,
                                   Tr::tr("Âge minimal « %1 » invalide (ex. 30d, 6m, 18y).").arg(ageMin), loc};
        }
        const QString ageMax = f("age_max");
        if (!ageMax.isEmpty()) {
            if (auto a = AgeLimit::parse(ageMax))
                r.ageMax = *a;
            else
                in.errors << Error{errc::RangeAge,
                                   Tr::tr("Âge maximal « %1 » invalide (ex. 30d, 6m, 18y).").arg(ageMax), loc};
        }
        struct Slot { const char *column; std::optional<double> ReferenceRange::*member; };
        for (const Slot &s : {Slot{"low", &ReferenceRange::low}, Slot{"high", &ReferenceRange::high},
                              Slot{"critical_low", &ReferenceRange::criticalLow},
                              Slot{"critical_high", &ReferenceRange::criticalHigh},
                              Slot{"valid_low", &ReferenceRange::validLow},
                              Slot{"valid_high", &ReferenceRange::validHigh}}) {
            bool ok = true;
            r.*(s.member) = parseNumber(f(s.column), ok);
            if (!ok)
                in.errors << Error{errc::CsvNumber,
                                   Tr::tr("Colonne %1 : « %2 » n'est pas un nombre.")
                                       .arg(QString::fromLatin1(s.column), f(s.column)),
                                   loc};
        }
        r.text = f("text");
        out[code] << r;
        in.locationOf.insert(QStringLiteral("ranges:") + code, loc);
    }
    return out;
}

} // namespace

ImportedCatalogue CatalogueCsv::read(const QByteArray &csv, const QString &source,
                                     const QByteArray &rangesCsv, const QString &rangesSource)
{
    ImportedCatalogue in;
    CsvTable t = CsvTable::parse(csv, source);
    in.errors << t.errors;
    if (t.header.isEmpty())
        return in;
    for (const QString &col : requiredColumns())
        if (t.column(col) < 0)
            in.errors << Error{errc::CsvMissingColumn,
                               Tr::tr("Colonne obligatoire « %1 » absente.").arg(col),
                               QStringLiteral("%1:1").arg(source)};
    QSet<QString> known;
    for (const QString &c : requiredColumns() + optionalColumns() + informativeColumns())
        known.insert(c);
    for (const QString &h : t.header) {
        if (!known.contains(h))
            in.warnings << Error{errc::CsvUnknownColumn,
                                 Tr::tr("Colonne « %1 » inconnue, ignorée.").arg(h), QStringLiteral("%1:1").arg(source)};
        else if (!informativeColumns().contains(h))
            in.fields.insert(h);
    }
    if (!in.errors.isEmpty())
        return in;

    QHash<QString, QList<ReferenceRange>> ranges;
    if (!rangesCsv.isEmpty()) {
        ranges = readRanges(rangesCsv, rangesSource.isEmpty() ? QStringLiteral("plages.csv") : rangesSource, in);
        in.rangesPresent = true;
    }

    QHash<QString, int> chapterIndex, examIndex, benchIndex, seenAt;
    QHash<QString, int> chapterLine, examLine, benchLine;
    auto has = [&](const char *name) { return t.column(QString::fromLatin1(name)) >= 0; };
    for (const CsvTable::Row &row : t.rows) {
        const QString loc = QStringLiteral("%1:%2").arg(source).arg(row.line);
        auto f = [&](const char *name) {
            const int i = t.column(QString::fromLatin1(name));
            return i < 0 ? QString() : row.fields.value(i).trimmed();
        };
        // Chapters (parent first) and exam, defined by their first row, checked on the others
        // (an empty label or LOINC on a later row means "as above").
        auto defineChapter = [&](const QString &code, const QString &label, const QString &loinc,
                                 const QString &parent) {
            if (code.isEmpty())
                return;
            const auto it = chapterIndex.constFind(code);
            if (it == chapterIndex.constEnd()) {
                chapterIndex.insert(code, int(in.catalogue.chapters.size()));
                chapterLine.insert(code, row.line);
                in.catalogue.chapters << Chapter{code, label.isEmpty() ? code : label, loinc, parent,
                                                 int(in.catalogue.chapters.size()) + 1};
                return;
            }
            const Chapter &ch = in.catalogue.chapters.at(*it);
            if ((!label.isEmpty() && ch.label != label) || (!loinc.isEmpty() && ch.loinc != loinc)
                || ch.parentCode != parent)
                in.errors << Error{errc::Inconsistent,
                                   Tr::tr("Chapitre « %1 » décrit différemment de la ligne %2.")
                                       .arg(code)
                                       .arg(chapterLine.value(code)),
                                   loc};
        };
        const QString parent = f("parent_chapter_code");
        defineChapter(parent, f("parent_chapter_label"), f("parent_chapter_loinc"), QString());
        const QString chapterCode = f("chapter_code");
        // The chapter is the exam's: a row without exam (an analysis in no exam, as write()
        // exports it) has none.
        if (chapterCode.isEmpty() && !f("exam_code").isEmpty())
            in.errors << Error{domain::errc::CatalogueMissingField, Tr::tr("Code de chapitre manquant."), loc};
        defineChapter(chapterCode, f("chapter_label"), f("chapter_loinc"), parent);

        // Bench, defined by its first row with a label; a row without label means "as above"
        // (or, for a bench the file never labels, the bench already in the catalogue).
        const QString benchCode = f("bench");
        const QString benchLabel = f("bench_label");
        if (benchCode.isEmpty() && !benchLabel.isEmpty())
            in.errors << Error{domain::errc::CatalogueMissingField,
                               Tr::tr("Colonne bench_label : libellé « %1 » sans code de paillasse (colonne bench).")
                                   .arg(benchLabel),
                               loc + QStringLiteral(", bench")};
        if (!benchCode.isEmpty()) {
            const auto it = benchIndex.constFind(benchCode);
            if (it == benchIndex.constEnd()) {
                benchIndex.insert(benchCode, int(in.catalogue.benches.size()));
                in.catalogue.benches << Bench{benchCode, benchLabel};
                in.locationOf.insert(QStringLiteral("bench:") + benchCode, loc);
                if (!benchLabel.isEmpty())
                    benchLine.insert(benchCode, row.line);
            } else if (Bench &b = in.catalogue.benches[*it]; !benchLabel.isEmpty()) {
                if (b.label.isEmpty()) {
                    b.label = benchLabel;
                    benchLine.insert(benchCode, row.line);
                } else if (b.label != benchLabel) {
                    in.errors << Error{errc::Inconsistent,
                                       Tr::tr("Colonne bench_label : paillasse « %1 » nommée « %2 » ici et « %3 » "
                                              "ligne %4.")
                                           .arg(benchCode, benchLabel, b.label)
                                           .arg(benchLine.value(benchCode)),
                                       loc + QStringLiteral(", bench_label")};
                }
            }
        }

        const QString code = f("local_code");
        if (code.isEmpty()) {
            in.errors << Error{domain::errc::CatalogueMissingField, Tr::tr("Code local manquant."), loc};
            continue;
        }
        if (seenAt.contains(code)) {
            in.errors << Error{domain::errc::CatalogueDuplicateCode,
                               Tr::tr("Code local « %1 » déjà présent ligne %2.").arg(code).arg(seenAt.value(code)),
                               loc};
            continue;
        }
        seenAt.insert(code, row.line);
        in.locationOf.insert(code, loc);

        const QString examCode = f("exam_code");
        if (!examCode.isEmpty()) {
            const auto it = examIndex.constFind(examCode);
            if (it == examIndex.constEnd()) {
                examIndex.insert(examCode, int(in.catalogue.exams.size()));
                examLine.insert(examCode, row.line);
                const QString label = f("exam_label");
                in.catalogue.exams << Exam{examCode, label.isEmpty() ? examCode : label, f("exam_loinc"),
                                           chapterCode, {code}};
            } else {
                Exam &e = in.catalogue.exams[*it];
                if ((!f("exam_label").isEmpty() && e.label != f("exam_label"))
                    || (!f("exam_loinc").isEmpty() && e.loinc != f("exam_loinc"))
                    || e.chapterCode != chapterCode)
                    in.errors << Error{errc::Inconsistent,
                                       Tr::tr("Examen « %1 » décrit différemment de la ligne %2.")
                                           .arg(examCode)
                                           .arg(examLine.value(examCode)),
                                       loc};
                e.analysisCodes << code;
            }
        }

        Analysis a;
        a.localCode = code;
        a.label = f("label");
        a.loinc = f("loinc");
        a.specimen = f("specimen");
        a.method = f("method");
        a.unit = f("unit");
        a.displayUnit = f("display_unit");
        a.secondUnit = f("second_unit");
        a.secondLoinc = f("second_loinc");
        a.formula = f("formula");
        a.bench = benchCode;
        a.container = f("container");
        // Unknown or repeated container and question codes are refused by the validator, located
        // at this line and column ("<file>:<line>, analyse X, container").
        for (const QString &part : f("clinical_questions").split(QLatin1Char('|'), Qt::SkipEmptyParts))
            if (const QString question = part.trimmed(); !question.isEmpty())
                a.questions << question;
        if (has("result_type")) {
            const QString rt = f("result_type");
            if (rt.isEmpty())
                a.resultType = ResultType::Numeric;
            else if (auto type = resultTypeFromCode(rt))
                a.resultType = *type;
            else
                in.errors << Error{errc::ResultType,
                                   Tr::tr("Type de résultat « %1 » invalide (numeric, coded ou text).").arg(rt), loc};
        }
        bool ok = true;
        a.secondUnitFactor = parseNumber(f("second_unit_factor"), ok);
        if (!ok)
            in.errors << Error{errc::CsvNumber,
                               Tr::tr("Facteur de conversion « %1 » : pas un nombre.").arg(f("second_unit_factor")), loc};
        // Delta rule: any of its three columns filled gives a rule, which the validator checks
        // (a missing window or threshold is refused there, located at this line and column).
        if (!f("delta_absolute").isEmpty() || !f("delta_relative").isEmpty() || !f("delta_window_days").isEmpty()) {
            DeltaRule rule;
            for (const char *column : {"delta_absolute", "delta_relative"}) {
                auto v = parseNumber(f(column), ok);
                if (!ok)
                    in.errors << Error{errc::CsvNumber,
                                       Tr::tr("Seuil delta « %1 » : pas un nombre.").arg(f(column)),
                                       loc + QStringLiteral(", ") + QString::fromLatin1(column)};
                (qstrcmp(column, "delta_absolute") == 0 ? rule.absolute : rule.relativePercent) = v;
            }
            if (const QString window = f("delta_window_days"); !window.isEmpty()) {
                rule.windowDays = window.toInt(&ok);
                if (!ok)
                    in.errors << Error{errc::CsvNumber,
                                       Tr::tr("Fenêtre delta « %1 » : pas un nombre entier de jours.").arg(window),
                                       loc + QStringLiteral(", delta_window_days")};
            }
            a.delta = rule;
        }
        const QString decimals = f("decimals");
        if (!decimals.isEmpty()) {
            a.decimals = decimals.toInt(&ok);
            if (!ok) {
                a.decimals = -1;
                in.errors << Error{errc::CsvNumber,
                                   Tr::tr("Nombre de décimales « %1 » : pas un entier.").arg(decimals), loc};
            }
        }
        for (const QString &part : f("value_list").split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                in.errors << Error{domain::errc::CatalogueValueList,
                                   Tr::tr("Liste de valeurs : « %1 » au lieu de code=libellé.").arg(part), loc};
                continue;
            }
            ValueOption o;
            o.code = part.left(eq).trimmed();
            o.abnormal = o.code.startsWith(QLatin1Char('*'));
            if (o.abnormal)
                o.code.remove(0, 1);
            o.label = part.mid(eq + 1).trimmed();
            a.valueOptions << o;
        }
        for (const QString &part : f("analyzer_codes").split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == part.size() - 1) {
                in.errors << Error{errc::AnalyzerCodes,
                                   Tr::tr("Codes automates : « %1 » au lieu de automate=code.").arg(part), loc};
                continue;
            }
            a.analyzerMappings << AnalyzerMapping{part.left(eq).trimmed(), part.mid(eq + 1).trimmed()};
        }
        a.ranges = ranges.take(code);
        in.catalogue.analyses << a;
    }
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it)
        in.errors << Error{domain::errc::CatalogueUnknownReference,
                           Tr::tr("Plage pour le code local « %1 » absent du fichier catalogue.").arg(it.key()),
                           in.locationOf.value(QStringLiteral("ranges:") + it.key())};
    return in;
}

} // namespace sgl::interop::catalogue
