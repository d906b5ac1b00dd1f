#include "interop/catalogue/CatalogueDiff.h"

#include "domain/catalogue/LoincCode.h"
#include "domain/ErrorCodes.h"
#include "interop/catalogue/ErrorCodes.h"
#include "interop/catalogue/Tr.h"

#include <QHash>

namespace sgl::interop::catalogue {

using namespace sgl::domain;

namespace {

/** Copies the fields the file defines from `in` onto `base`; returns the changed column names. */
QStringList overlay(Analysis &base, const Analysis &in, const QSet<QString> &fields, bool ranges)
{
    Analysis candidate = base;
    auto take = [&](const char *column, auto Analysis::*member) {
        if (fields.contains(QString::fromLatin1(column)))
            candidate.*member = in.*member;
    };
    take("label", &Analysis::label);
    take("loinc", &Analysis::loinc);
    take("specimen", &Analysis::specimen);
    take("method", &Analysis::method);
    take("result_type", &Analysis::resultType);
    take("unit", &Analysis::unit);
    take("display_unit", &Analysis::displayUnit);
    take("second_unit", &Analysis::secondUnit);
    take("second_unit_factor", &Analysis::secondUnitFactor);
    take("second_loinc", &Analysis::secondLoinc);
    take("decimals", &Analysis::decimals);
    take("value_list", &Analysis::valueOptions);
    take("formula", &Analysis::formula);
    take("analyzer_codes", &Analysis::analyzerMappings);
    take("bench", &Analysis::bench);
    take("container", &Analysis::container);
    take("clinical_questions", &Analysis::questions);
    if (fields.contains(QStringLiteral("delta_absolute")) || fields.contains(QStringLiteral("delta_relative"))
        || fields.contains(QStringLiteral("delta_window_days")))
        candidate.delta = in.delta;
    if (ranges)
        candidate.ranges = in.ranges;
    const QStringList changed = base.changedFields(candidate);
    base = std::move(candidate);
    return changed;
}

/**
 * Benches of the file onto the merged catalogue: a new code is created with its label; a known
 * one is renamed when the file gives another label, kept when the file gives none. A new bench
 * without label is refused (a typo in a bench code must not create a bench).
 */
void mergeBenches(CatalogueDiff &d, const ImportedCatalogue &in)
{
    for (const Bench &b : in.catalogue.benches) {
        Bench *stored = nullptr;
        for (Bench &m : d.merged.benches)
            if (m.code == b.code)
                stored = &m;
        if (!stored) {
            if (b.label.isEmpty()) {
                d.errors << Error{sgl::domain::errc::CatalogueUnknownReference,
                                  Tr::tr("Paillasse « %1 » inconnue du catalogue : indiquez son libellé (colonne "
                                         "bench_label) pour la créer.")
                                      .arg(b.code),
                                  in.locationOf.value(QStringLiteral("bench:") + b.code) + QStringLiteral(", bench")};
                continue;
            }
            d.merged.benches << b;
            ++d.newBenches;
        } else if (!b.label.isEmpty() && stored->label != b.label) {
            stored->label = b.label;
            ++d.changedBenches;
        }
    }
}

} // namespace

QString diffKindCode(CatalogueDiff::Kind kind)
{
    switch (kind) {
    case CatalogueDiff::Kind::New:
        return QStringLiteral("new");
    case CatalogueDiff::Kind::Changed:
        return QStringLiteral("changed");
    case CatalogueDiff::Kind::UnknownLocalCode:
        return QStringLiteral("unknown_local_code");
    case CatalogueDiff::Kind::InvalidLoinc:
        return QStringLiteral("invalid_loinc");
    case CatalogueDiff::Kind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

int CatalogueDiff::count(Kind kind) const
{
    return int(std::count_if(entries.begin(), entries.end(), [kind](const Entry &e) { return e.kind == kind; }));
}

bool CatalogueDiff::hasChanges() const
{
    return count(Kind::New) + count(Kind::Changed) + newChapters + changedChapters + newExams + changedExams
               + newBenches + changedBenches
           > 0;
}

CatalogueDiff CatalogueDiff::compute(const Catalogue &current, const ImportedCatalogue &in, Mode mode,
                                     const CatalogueValidator &validator)
{
    CatalogueDiff d;
    d.errors = in.errors;
    d.warnings = in.warnings;
    d.merged = current;
    QHash<QString, qsizetype> analysisIndex, chapterIndex, examIndex;
    for (qsizetype i = 0; i < d.merged.analyses.size(); ++i)
        analysisIndex.insert(d.merged.analyses[i].localCode, i);
    for (qsizetype i = 0; i < d.merged.chapters.size(); ++i)
        chapterIndex.insert(d.merged.chapters[i].code, i);
    for (qsizetype i = 0; i < d.merged.exams.size(); ++i)
        examIndex.insert(d.merged.exams[i].code, i);

    const bool transcoding = mode == Mode::Transcoding;
    QSet<QString> movedAnalyses;
    const QSet<QString> fields = transcoding ? QSet<QString>{QStringLiteral("loinc")} : in.fields;

    if (!transcoding) {
        for (const Chapter &ch : in.catalogue.chapters) {
            const auto it = chapterIndex.constFind(ch.code);
            if (it == chapterIndex.constEnd()) {
                Chapter added = ch;
                added.order = int(d.merged.chapters.size()) + 1;
                chapterIndex.insert(ch.code, d.merged.chapters.size());
                d.merged.chapters << added;
                ++d.newChapters;
            } else {
                Chapter &old = d.merged.chapters[*it];
                if (old.label != ch.label || old.loinc != ch.loinc || old.parentCode != ch.parentCode) {
                    old.label = ch.label;
                    old.loinc = ch.loinc;
                    old.parentCode = ch.parentCode;
                    ++d.changedChapters;
                }
            }
        }
        mergeBenches(d, in);
        // An analysis listed by the file under some exams leaves the stored exams the file
        // does not put it in (a CSV row moving an analysis to another panel).
        QHash<QString, QSet<QString>> examsInFile;
        for (const Exam &e : in.catalogue.exams)
            for (const QString &code : e.analysisCodes)
                examsInFile[code].insert(e.code);
        for (Exam &stored : d.merged.exams) {
            const qsizetype before = stored.analysisCodes.size();
            stored.analysisCodes.removeIf([&](const QString &code) {
                const auto it = examsInFile.constFind(code);
                if (it == examsInFile.constEnd() || it->contains(stored.code))
                    return false;
                movedAnalyses.insert(code);
                return true;
            });
            if (stored.analysisCodes.size() != before)
                ++d.changedExams;
        }
        for (const Exam &e : in.catalogue.exams) {
            const auto it = examIndex.constFind(e.code);
            if (it == examIndex.constEnd()) {
                examIndex.insert(e.code, d.merged.exams.size());
                d.merged.exams << e;
                ++d.newExams;
                continue;
            }
            Exam &old = d.merged.exams[*it];
            bool changed = old.label != e.label || old.loinc != e.loinc || old.chapterCode != e.chapterCode;
            old.label = e.label;
            old.loinc = e.loinc;
            old.chapterCode = e.chapterCode;
            for (const QString &code : e.analysisCodes)
                if (!old.analysisCodes.contains(code)) {
                    old.analysisCodes << code;
                    changed = true;
                }
            if (changed)
                ++d.changedExams;
        }
    }

    for (const Analysis &a : in.catalogue.analyses) {
        Entry entry;
        entry.localCode = a.localCode;
        entry.label = a.label;
        entry.location = in.locationOf.value(a.localCode);
        entry.newLoinc = a.loinc;
        const auto it = analysisIndex.constFind(a.localCode);
        Analysis *target = nullptr;
        if (it == analysisIndex.constEnd()) {
            if (transcoding) {
                entry.kind = Kind::UnknownLocalCode;
                d.errors << Error{errc::UnknownLocalCode,
                                  Tr::tr("Code local « %1 » inconnu du catalogue : un retour de transcodage ne "
                                     "peut pas créer d'analyse.")
                                      .arg(a.localCode),
                                  entry.location};
                d.entries << entry;
                continue;
            }
            entry.kind = Kind::New;
            Analysis added = a;
            added.version = 0;
            d.merged.analyses << added;
            analysisIndex.insert(a.localCode, d.merged.analyses.size() - 1);
            target = &d.merged.analyses.last();
        } else {
            target = &d.merged.analyses[*it];
            entry.oldLoinc = target->loinc;
            entry.changedFields = overlay(*target, a, fields, in.rangesPresent && !transcoding);
            if (movedAnalyses.contains(a.localCode))
                entry.changedFields << QStringLiteral("exam_code");
            entry.kind = entry.changedFields.isEmpty() ? Kind::Unchanged : Kind::Changed;
        }
        if (!a.loinc.isEmpty() && !LoincCode::isValid(a.loinc))
            entry.kind = Kind::InvalidLoinc;
        // Business rules on the merged definition, located at the file's row.
        const auto rep = validator.validateAnalysis(*target, entry.location);
        d.errors << rep.errors;
        d.warnings << rep.warnings;
        d.entries << entry;
    }

    if (!transcoding) {
        // Structure rules (references, duplicates, formula cycles) on the merged catalogue;
        // per-analysis rules were already reported with file locations above.
        auto rep = CatalogueValidator::validateStructure(d.merged);
        d.errors << rep.errors;
        d.warnings << rep.warnings;
    }
    return d;
}

} // namespace sgl::interop::catalogue
