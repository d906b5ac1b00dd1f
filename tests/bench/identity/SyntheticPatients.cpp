#include "SyntheticPatients.h"

#include <QRandomGenerator>

#include <array>

namespace {
constexpr std::array kPrefix{"DU", "LE", "MAR", "BER", "GI", "RO", "FON", "CHA", "BOU", "LA", "MO", "PE", "GAU",
                             "RI", "SA", "TOU", "VIL", "FOUR", "MI", "DE", "BA", "CAR", "GUE", "POU", "VER"};
constexpr std::array kMiddle{"PON", "RAN", "TIN", "NAR", "CHE", "VAL", "LI", "RE", "BAU", "CO", "NE", "MEN", "SSE",
                             "GE", "LOU", "BRI", "DOU", "LAN"};
constexpr std::array kEnd{"T", "D", "", "S", "X", "AU", "IER", "ET", "EAU", "IN", "ARD", "OT"};
constexpr std::array kFirst{"JEAN", "MARIE", "PIERRE", "ANNE", "LUC", "CLAIRE", "PAUL", "SOPHIE", "LOUIS", "JULIE",
                            "ANDRE", "CAMILLE", "HUGO", "LEA", "THOMAS", "EMMA", "NICOLAS", "CHLOE", "MATHIEU", "ZOE"};
} // namespace

std::vector<sgl::domain::Patient> SyntheticPatients::generate(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<sgl::domain::Patient> out;
    out.reserve(static_cast<size_t>(n));
    const QDate first(1920, 1, 1);
    for (int i = 0; i < n; ++i) {
        sgl::domain::Patient p;
        p.id = i + 1;
        p.localId = QStringLiteral("B%1").arg(i + 1, 8, 10, QLatin1Char('0'));
        p.traits.birthName = QString::fromLatin1(kPrefix[rng.bounded(int(kPrefix.size()))])
            + QString::fromLatin1(kMiddle[rng.bounded(int(kMiddle.size()))])
            + QString::fromLatin1(kEnd[rng.bounded(int(kEnd.size()))]);
        p.traits.firstBirthName = QString::fromLatin1(kFirst[rng.bounded(int(kFirst.size()))]);
        p.traits.birthFirstNames = {p.traits.firstBirthName};
        p.traits.birthDate = first.addDays(rng.bounded(36500));
        p.traits.birthDateRaw = p.traits.birthDate.toString(Qt::ISODate);
        p.traits.sex = rng.bounded(2) == 0 ? sgl::domain::Sex::Female : sgl::domain::Sex::Male;
        out.push_back(std::move(p));
    }
    return out;
}

QString SyntheticPatients::typedVariant(const QString &name, int which)
{
    QString v = name;
    switch (which % 4) {
    case 0:
        if (v.endsWith(QLatin1Char('T')))
            v.back() = QLatin1Char('D');
        else if (v.endsWith(QLatin1Char('D')))
            v.back() = QLatin1Char('T');
        else
            v += QLatin1Char('S');
        break;
    case 1:
        v.replace(QLatin1Char('E'), QChar(0x00E9)); // É typed as é below
        break;
    case 2: {
        const qsizetype l = v.indexOf(QLatin1Char('L'));
        if (l >= 0)
            v.insert(l, QLatin1Char('L'));
        else
            v = v + QLatin1Char('-');
        break;
    }
    default:
        break;
    }
    return v.toLower();
}
