#include "domain/catalogue/CatalogueLookup.h"

#include "domain/catalogue/RangeResolver.h"

namespace sgl::domain {

CatalogueLookup::CatalogueLookup(Catalogue catalogue) : m_catalogue(std::move(catalogue))
{
    for (qsizetype i = 0; i < m_catalogue.analyses.size(); ++i)
        m_analysis.insert(m_catalogue.analyses[i].localCode, i);
    for (qsizetype i = 0; i < m_catalogue.exams.size(); ++i)
        for (const QString &code : m_catalogue.exams[i].analysisCodes)
            if (!m_examOf.contains(code))
                m_examOf.insert(code, i);
    for (qsizetype i = 0; i < m_catalogue.chapters.size(); ++i)
        m_chapter.insert(m_catalogue.chapters[i].code, i);
}

const Analysis *CatalogueLookup::analysis(const QString &localCode) const
{
    const auto it = m_analysis.constFind(localCode);
    return it == m_analysis.constEnd() ? nullptr : &m_catalogue.analyses[*it];
}

const Exam *CatalogueLookup::examOf(const QString &localCode) const
{
    const auto it = m_examOf.constFind(localCode);
    return it == m_examOf.constEnd() ? nullptr : &m_catalogue.exams[*it];
}

const Chapter *CatalogueLookup::chapterOf(const QString &localCode) const
{
    const Exam *e = examOf(localCode);
    if (!e)
        return nullptr;
    const auto it = m_chapter.constFind(e->chapterCode);
    return it == m_chapter.constEnd() ? nullptr : &m_catalogue.chapters[*it];
}

const Chapter *CatalogueLookup::sectionOf(const QString &localCode) const
{
    const Chapter *c = chapterOf(localCode);
    for (int guard = 0; c && !c->parentCode.isEmpty() && guard < 16; ++guard) {
        const auto it = m_chapter.constFind(c->parentCode);
        if (it == m_chapter.constEnd())
            break;
        c = &m_catalogue.chapters[*it];
    }
    return c;
}

std::optional<ReferenceInterval> CatalogueLookup::referenceInterval(const QString &localCode, Sex sex,
                                                                    QDate birthDate, QDate collectionDate) const
{
    const Analysis *a = analysis(localCode);
    if (!a)
        return std::nullopt;
    const auto range = RangeResolver::resolve(a->ranges, sex, birthDate, collectionDate);
    if (!range || (!range->low && !range->high && range->text.isEmpty()))
        return std::nullopt;
    auto format = [&](std::optional<double> v) {
        if (!v)
            return QString();
        return a->decimals >= 0 ? QString::number(*v, 'f', a->decimals) : QString::number(*v, 'g', 12);
    };
    return ReferenceInterval{format(range->low), format(range->high), a->unit, range->text};
}

} // namespace sgl::domain
