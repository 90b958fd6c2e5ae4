"""Start the Rasa server (`python -m bot.rasa_server run ...`, the same arguments as `rasa run`), with two
fixes for Rasa's per-message cost.

Validating action-server replies once per schema, not once per reply: Rasa checks every reply from the action
server with `jsonschema.validate(reply, schema)`, and that function first checks the *schema itself* against
the JSON Schema meta-schema, every time. Profiled with py-spy on a form conversation, that schema check was 31%
of the Rasa process's CPU; each form turn makes two action-server calls. The schema is Rasa's own constant, so
it is checked once here and replies are validated with a validator built from it, which raises the same
ValidationError with the same explanation.

The garbage collector told to leave the long-lived objects alone:

Rasa's process holds millions of long-lived objects (TensorFlow, spaCy, the model). A full garbage-collection
pass over them took 300-500 ms, measured with a gc callback, and landed on about one reply in thirty:
REST latency p99 was ~500 ms while p95 was under 100. Freezing what exists once the model is loaded moves those
objects out of the collector's sight; new garbage is still collected as before.
"""
from __future__ import annotations

import functools
import gc
import sys
from typing import Any, Dict, Text


def _freeze_after(load_agent: Any) -> Any:
    @functools.wraps(load_agent)
    async def load_then_freeze(*args: Any, **kwargs: Any) -> Any:
        agent = await load_agent(*args, **kwargs)
        gc.collect()
        gc.freeze()
        return agent
    return load_then_freeze


def _validate_replies_with_a_checked_schema() -> None:
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of on every reply
    validator = validator_class(schema)

    def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as e:  # the same message Rasa's own method gives
            e.message += (". Failed to validate Action server response from API, make sure your response from "
                          f"the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
            raise e

    RemoteAction._validate_action_result = validate_action_result


def main() -> None:
    import rasa.core.run
    from rasa.__main__ import main as rasa_main

    # serve_application looks the loader up by name when it registers it, so wrapping the name is enough.
    rasa.core.run.load_agent_on_start = _freeze_after(rasa.core.run.load_agent_on_start)
    _validate_replies_with_a_checked_schema()
    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
