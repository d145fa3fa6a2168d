using System.Collections.Generic;
using Ps1Autograd;

namespace Submission;

/// <summary>1.5 Conclusion: the answers, in the order the questions are asked.</summary>
public sealed class Section15Conclusions : ISection15Conclusions
{
    public IReadOnlyList<string> Answers { get; } =
    [
        // 1. Which method is the most accurate in finding the "true" weights? Is it always applicable?
        "The analytic solution is the most accurate: it computes the least-squares estimator "
        + "(XᵀX)⁻¹Xᵀy exactly (up to floating point), while gradient descent only approaches it and stops "
        + "after a fixed number of epochs, so its answer depends on the learning rate, the start and the "
        + "budget. Under the Gauss–Markov assumptions (linear model, zero-mean homoscedastic uncorrelated "
        + "errors, full-rank X) that estimator is the best linear unbiased estimator of the true weights, and "
        + "with Gaussian errors it is also the maximum-likelihood one. It is not always applicable: it needs "
        + "XᵀX to be invertible (no perfectly collinear features, n > p), it becomes numerically unreliable "
        + "when features are nearly collinear, as total_rooms, total_bedrooms and households are here, and "
        + "its O(np² + p³) cost and memory make it impractical for very many features or data that does not "
        + "fit in memory. It also exists only for this particular loss and model: add a non-linearity or a "
        + "different loss and there is no closed form, only iterative optimisation.",

        // 2. Why did we scale the data?
        "Gradient descent uses one learning rate for every weight, and the unscaled features differ by orders "
        + "of magnitude (total_rooms is in the thousands, median_income is around 4), so the loss surface is a "
        + "long thin valley: a step small enough for the largest-scale direction crawls along the others. "
        + "Z-scoring makes the Hessian (2/n)XᵀX close to a correlation matrix, which shrinks its condition "
        + "number, lets a single learning rate such as 0.1 be stable for all weights (the bound here is about "
        + "0.257) and makes convergence take thousands rather than millions of epochs. It also keeps the "
        + "numbers in a range where floating point is accurate, makes the intercept of the scaled target "
        + "exactly 0, and makes the weights comparable: each is the change in the target, in standard "
        + "deviations, per standard deviation of its feature.",

        // 3. Did our model specification produce good results?
        "Only moderately. The MSE at the optimum is about 0.429 on a target scaled to variance 1, so the model "
        + "explains roughly 57% of the variance (R² ≈ 0.57) and typical errors are about 0.65 standard "
        + "deviations of house value, roughly $75,000. The residuals are not the well-behaved noise a linear "
        + "model assumes: median_house_value is censored at $500,001, which shows up as a band of large "
        + "errors, and prices depend non-linearly on income and strongly on location, which we dropped with "
        + "longitude and latitude. The signs also show the collinearity: total_rooms comes out negative "
        + "although more rooms should not lower the price, because the size counts (rooms, bedrooms, "
        + "population, households) move together and each weight only corrects the others, so the "
        + "individual weights are hard to interpret. And we measured the error on the training data only; "
        + "without a held-out set we do not know how it generalises.",

        // 4. The total process times between methods.
        "The analytic solution is by far the fastest, milliseconds: one QR factorisation of a 17000×7 "
        + "matrix. The gradient-descent versions pay for 5000 passes over the data: with arrays and a fused, "
        + "vectorised loop that is a fraction of a second (about 0.2 s here), while the tensor version with "
        + "seven separate scalar weights takes over a second because each epoch launches dozens of small "
        + "tensor operations, each with its own dispatch overhead and temporary allocation, and reads the data "
        + "many times instead of once. Autograd costs about the same as the hand-written tensor version "
        + "despite recording a graph and running backward, because one 1×7 weight tensor and a matrix product "
        + "replace seven scalar weights and fourteen operations. The comparison would change with scale: on "
        + "a GPU and with much larger data or models, the tensor versions win, and for a deep network only "
        + "autograd is practical at all.",

        // 5. Improvements to the model definition.
        "Put location back: longitude and latitude, or better a clustering or grid of them, or the distance to "
        + "the coast and to the big cities, since location is the strongest driver of house prices. Replace "
        + "the raw counts, which are collinear and mostly measure the size of the block group, with ratios "
        + "such as rooms per household, bedrooms per room and people per household, and log-transform the "
        + "skewed counts and the target. Allow non-linearity with polynomial terms or splines in median_income "
        + "and interactions, or move to a tree ensemble or a small neural network. Handle the censored values "
        + "at $500,001 (drop them or use a censored model), add L2 (ridge) or L1 (lasso) regularisation to "
        + "stabilise the collinear weights, and judge every change on a held-out validation set rather than on "
        + "the training MSE.",

        // 6. Improvements to the solution algorithm.
        "Stop on convergence instead of after a fixed 5000 epochs: watch the gradient norm or the change "
        + "in the loss, and stop once the weights no longer change at the precision we need. Choose the learning rate from "
        + "the curvature (just below 2/λmax, about 0.257 here) or by a line search, or use momentum, Nesterov "
        + "acceleration or Adam, which cope much better with the ill-conditioning the collinear features "
        + "cause. For data that does not fit in memory, use mini-batch stochastic gradient descent, which "
        + "makes many cheap updates per pass over the data. In the implementation, keep all weights in one "
        + "vector and compute the gradient as one matrix product (2/n)Xᵀ(Xw − y), avoid per-epoch "
        + "synchronisation such as reading the loss back every epoch, and run the tensor versions on a GPU. "
        + "And for this convex problem, simply use the closed-form solution (QR or SVD) or conjugate "
        + "gradients, which solve it exactly in at most seven iterations.",
    ];
}
