#pragma once
// The random numbers of the synthetic generators (Synthetic.cpp, Funnel.cpp): standard normals by
// the Box-Muller transform and uniforms in (0, 1), both from one std::mt19937_64 and written out,
// so that a seed gives the same stream on every platform and standard library (the library's
// distributions are not specified bit for bit). Normals come in pairs: the second of a pair is
// kept for the next call.
#include <cmath>
#include <random>

namespace mtl::detail {

class RandomSource {
public:
    explicit RandomSource(unsigned long long seed) : rng_(seed) {}

    double normal() {
        if (haveSpare_) {
            haveSpare_ = false;
            return spare_;
        }
        const double twoPi = 6.283185307179586476925286766559;
        const double u1 = uniform();
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        spare_ = r * std::sin(twoPi * u2);
        haveSpare_ = true;
        return r * std::cos(twoPi * u2);
    }
    // Uniform in (0, 1): never exactly 0 or 1, so log() is finite.
    double uniform() {
        return (static_cast<double>(rng_() >> 11) + 0.5) * (1.0 / 9007199254740992.0);
    }

private:
    std::mt19937_64 rng_;
    double spare_ = 0;
    bool haveSpare_ = false;
};

}  // namespace mtl::detail
