"""nbgrader's course configuration for the jbackprop exercises (Java, through the JJava kernel `java`).

Run nbgrader from this folder (notebooks/exercises): the assignments are source/<assignment>/, the
student versions go to release/<assignment>/, submissions to submitted/<student>/<assignment>/.
See the README's section "Exercises for teachers".
"""
import os

c = get_config()  # noqa: F821 (nbgrader defines it)

c.CourseDirectory.course_id = "jbackprop"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))

# What replaces a solution in the student version. Java's default stub is only the comment, which
# compiles and lets an empty method fall through; the throw makes an unanswered cell fail its tests
# with a message that says what to do.
c.ClearSolutions.code_stub = {
    "java": "// YOUR CODE HERE\n"
            "throw new UnsupportedOperationException(\"not answered yet: write your code here and delete this line\");",
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# A Java kernel takes a few seconds to start and the gradient checks run the forward pass hundreds of
# times: more than nbgrader's default 30 s per cell, to be safe on a busy machine.
c.Execute.timeout = 120
c.Execute.startup_timeout = 120
# One more try when a notebook's run fails as a whole (a kernel that did not start on a busy machine);
# a failing test cell is not such a failure and is never retried.
c.Execute.execute_retries = 1
