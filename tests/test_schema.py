"""The `explainer/1` contract: the JSON validates against the shipped schema and round-trips."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from generator.model import Article, Explainer


@pytest.fixture(scope="module")
def schema():
    text = resources.files("generator").joinpath("schema/explainer-1.schema.json").read_text()
    data = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_sample_validates(schema, sample):
    data = json.loads(json.dumps(sample.to_dict()))
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


def test_schema_rejects_drift(schema, sample):
    data = json.loads(json.dumps(sample.to_dict()))
    data["actors"][0]["kind"] = "place"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data = json.loads(json.dumps(sample.to_dict()))
    data["quotes"][0]["invented"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_round_trip(sample):
    data = sample.to_dict()
    again = Explainer.from_dict(json.loads(json.dumps(data)))
    assert again == sample
    assert again.to_dict() == data


def test_un_regions_validate(pipeline, schema):
    # UN M49 regions and the EU are gazetteer entries of their own ("m49:015").
    article = Article(slug="regions", title="Regions", path="regions.txt", date="2016-05-02",
                      body="Migrants crossing from North Africa drowned on Monday, officials "
                           "of the European Union said.")
    data = json.loads(json.dumps(pipeline.explain(article).to_dict()))
    assert {"m49:015", "m49:EU"} <= {p["gazetteer_id"] for p in data["places"]}
    jsonschema.validate(data, schema)
