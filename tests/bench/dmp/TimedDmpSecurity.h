#pragma once

// A DmpSecurity that times another one: how much of a publication is signing (VIHF + XAdES).

#include "interop/dmp/DmpSecurity.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace sgl::bench {

class TimedDmpSecurity final : public interop::dmp::DmpSecurity
{
public:
    explicit TimedDmpSecurity(std::shared_ptr<interop::dmp::DmpSecurity> inner) : m_inner(std::move(inner)) {}

    [[nodiscard]] domain::Result<QByteArray> wsSecurityHeader(const interop::dmp::VihfContext &context) override
    {
        const auto t0 = std::chrono::steady_clock::now();
        auto out = m_inner->wsSecurityHeader(context);
        add(m_vihfNs, t0);
        return out;
    }
    [[nodiscard]] domain::Result<QByteArray> submissionSignature(const interop::dmp::SubmissionSignatureInput &input) override
    {
        const auto t0 = std::chrono::steady_clock::now();
        auto out = m_inner->submissionSignature(input);
        add(m_xadesNs, t0);
        return out;
    }

    /** Milliseconds spent in each, summed over calls (and threads). */
    [[nodiscard]] double vihfMs() const { return static_cast<double>(m_vihfNs.load()) / 1e6; }
    [[nodiscard]] double xadesMs() const { return static_cast<double>(m_xadesNs.load()) / 1e6; }

private:
    static void add(std::atomic<qint64> &total, std::chrono::steady_clock::time_point t0)
    {
        total += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
    }

    std::shared_ptr<interop::dmp::DmpSecurity> m_inner;
    std::atomic<qint64> m_vihfNs{0};
    std::atomic<qint64> m_xadesNs{0};
};

} // namespace sgl::bench
