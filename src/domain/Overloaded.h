#pragma once

namespace sgl {

/// Builds one visitor out of several lambdas for std::visit.
/// The deduction guide is spelled out: GCC 12 deduces it for aggregates, clang 16 (the fuzz
/// build) does not.
template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

template <class... F>
Overloaded(F...) -> Overloaded<F...>;

} // namespace sgl
